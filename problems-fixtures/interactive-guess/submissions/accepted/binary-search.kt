// Binary search; println on System.out, flushed after every guess.
fun main() {
    val n = readLine()!!.trim().toLong()
    var lo = 1L
    var hi = n
    while (lo <= hi) {
        val mid = lo + (hi - lo) / 2
        println(mid)
        System.out.flush()
        val reply = readLine()?.trim() ?: return
        when (reply) {
            "=" -> return
            "<" -> hi = mid - 1
            else -> lo = mid + 1
        }
    }
}
