fun main() {
    val (a, b) = readLine()!!.trim().split(Regex("\\s+")).map { it.toLong() }
    val name = readLine()!!.trim()
    println("Hello, $name! $a + $b = ${a + b}")
}
