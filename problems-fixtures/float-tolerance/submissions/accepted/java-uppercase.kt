// The JVM's Double.toString: 3.3333333333333334E8, 1.0E-9 (capital E)
fun main() {
    val (a, b) = readLine()!!.trim().split(" ").map { it.toDouble() }
    println((a / b).toString())
}
