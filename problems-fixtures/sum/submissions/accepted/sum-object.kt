// main inside an object, as many Kotlin solutions on Kattis are written: the program is run by
// its class (Sum), which a jar's Main-Class (found only for a top-level fun main) would miss.
object Sum {
    @JvmStatic
    fun main(args: Array<String>) {
        val (a, b) = readLine()!!.trim().split(" ").map { it.toLong() }
        println(a + b)
    }
}
