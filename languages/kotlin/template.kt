fun main() {
    val tokens = System.`in`.bufferedReader().readText().split(Regex("\\s+")).filter { it.isNotEmpty() }
    // tokens holds the input's whitespace-separated tokens, e.g. val n = tokens[0].toLong()

    // Write the answer with println(...).
}
