// Verdict's driver for function problems in Kotlin (docs/FUNCTION-PROBLEMS.md). main.kt is this
// file followed by the generated glue and main(); the user's code is solution.kt beside it.
import java.io.FileDescriptor
import java.io.FileInputStream
import java.io.FileOutputStream
import java.lang.management.ManagementFactory

class ListNode(var `val`: Int) {
    var next: ListNode? = null
}

class TreeNode(var `val`: Int) {
    var left: TreeNode? = null
    var right: TreeNode? = null
}

class VerdictReader(private val s: String) {
    private var i = 0

    private fun fail(what: String): Nothing = throw IllegalArgumentException(what + " at character " + (i + 1))

    private fun ws() {
        while (i < s.length && s[i] <= ' ') i++
    }

    fun expect(c: Char) {
        ws()
        if (i >= s.length || s[i] != c) fail("expected '" + c + "'")
        i++
    }

    /** After '[': true (and past ']') when the array is empty. */
    fun empty(): Boolean {
        ws()
        if (i < s.length && s[i] == ']') {
            i++
            return true
        }
        return false
    }

    /** After an element: true past ',', false past ']'. */
    fun more(): Boolean {
        ws()
        if (i < s.length && s[i] == ',') {
            i++
            return true
        }
        expect(']')
        return false
    }

    fun isNull(): Boolean {
        ws()
        if (s.startsWith("null", i)) {
            i += 4
            return true
        }
        return false
    }

    private fun number(): String {
        ws()
        val start = i
        while (i < s.length && "+-0123456789.eE".indexOf(s[i]) >= 0) i++
        if (start == i) fail("expected a number")
        return s.substring(start, i)
    }

    fun readInt(): Int = number().toInt()
    fun readLong(): Long = number().toLong()
    fun readDouble(): Double = number().toDouble()

    fun readBool(): Boolean {
        ws()
        if (s.startsWith("true", i)) {
            i += 4
            return true
        }
        if (s.startsWith("false", i)) {
            i += 5
            return false
        }
        fail("expected true or false")
    }

    fun readString(): String {
        expect('"')
        val b = StringBuilder()
        while (true) {
            if (i >= s.length) fail("unterminated string")
            val c = s[i++]
            if (c == '"') return b.toString()
            if (c != '\\') {
                b.append(c)
                continue
            }
            val e = s[i++]
            when (e) {
                'b' -> b.append('\b')
                'f' -> b.append('\u000c')
                'n' -> b.append('\n')
                'r' -> b.append('\r')
                't' -> b.append('\t')
                'u' -> {
                    b.append(s.substring(i, i + 4).toInt(16).toChar())
                    i += 4
                }
                else -> b.append(e)
            }
        }
    }

    private fun nodeValues(): List<Int?> {
        val values = ArrayList<Int?>()
        expect('[')
        if (!empty()) do values.add(if (isNull()) null else readInt()) while (more())
        return values
    }

    fun readList(): ListNode? {
        val head = ListNode(0)
        var tail = head
        for (value in nodeValues()) {
            val node = ListNode(value!!)
            tail.next = node
            tail = node
        }
        return head.next
    }

    fun readTree(): TreeNode? {
        val values = nodeValues()
        if (values.isEmpty() || values[0] == null) return null
        val root = TreeNode(values[0]!!)
        val queue = java.util.ArrayDeque<TreeNode>()
        queue.add(root)
        var at = 1
        while (at < values.size) {
            val node = queue.poll()
            val left = values.getOrNull(at)
            if (left != null) {
                node.left = TreeNode(left)
                queue.add(node.left)
            }
            at++
            val right = values.getOrNull(at)
            if (right != null) {
                node.right = TreeNode(right)
                queue.add(node.right)
            }
            at++
        }
        return root
    }
}

class VerdictWriter {
    private val b = StringBuilder()

    fun raw(text: String) {
        b.append(text)
    }

    fun writeInt(v: Int) {
        b.append(v)
    }

    fun writeLong(v: Long) {
        b.append(v)
    }

    fun writeBool(v: Boolean) {
        b.append(v)
    }

    fun writeDouble(v: Double) {
        if (v.isNaN() || v.isInfinite()) b.append("null") else b.append(v)
    }

    fun writeString(v: String?) {
        if (v == null) {
            b.append("null")
            return
        }
        b.append('"')
        for (c in v) {
            when {
                c == '"' || c == '\\' -> b.append('\\').append(c)
                c.toInt() in 0x20..0x7e -> b.append(c)
                else -> b.append(String.format("\\u%04x", c.toInt()))
            }
        }
        b.append('"')
    }

    fun writeList(start: ListNode?) {
        b.append('[')
        var node = start
        var count = 0
        while (node != null) {
            if (count >= MAX_NODES) throw IllegalStateException("the returned list has more than " + MAX_NODES + " nodes (a cycle?)")
            if (count++ > 0) b.append(',')
            b.append(node.`val`)
            node = node.next
        }
        b.append(']')
    }

    fun writeTree(root: TreeNode?) {
        val values = ArrayList<String>()
        val queue = ArrayList<TreeNode?>()
        if (root != null) queue.add(root)
        var head = 0
        while (head < queue.size) {
            val node = queue[head++]
            if (node == null) {
                values.add("null")
                continue
            }
            if (values.size >= MAX_NODES) throw IllegalStateException("the returned tree has more than " + MAX_NODES + " nodes (a cycle?)")
            values.add(node.`val`.toString())
            queue.add(node.left)
            queue.add(node.right)
        }
        while (values.isNotEmpty() && values[values.size - 1] == "null") values.removeAt(values.size - 1)
        b.append('[').append(values.joinToString(",")).append(']')
    }

    override fun toString(): String = b.toString()

    companion object {
        const val MAX_NODES = 1_000_000
    }
}

object VerdictDriver {
    /** True while the driver reads a test: a failure then is the driver's, not the user's. */
    @JvmField
    var parsing = false
    private var nonce = ""
    private val out = FileOutputStream(FileDescriptor.out)

    /** The test running now (-1 between tests) and the main thread's CPU clock when it started. */
    @Volatile
    private var current = -1
    @Volatile
    private var started = 0L

    @Synchronized
    private fun write(text: String) {
        out.write(("\n" + nonce + " " + text + "\n").toByteArray(Charsets.UTF_8))
        out.flush()
    }

    private fun emit(text: String) {
        System.out.flush()
        write(text)
    }

    private fun readTests(input: java.io.InputStream): List<String> {
        val data = java.io.ByteArrayOutputStream()
        val buffer = ByteArray(1 shl 16)
        var newlines = 0L
        var need = -1L
        while (need < 0 || newlines < need) {
            val read = input.read(buffer)
            if (read <= 0) Runtime.getRuntime().halt(0) // the judge closed stdin early: it wants no more
            for (k in 0 until read) if (buffer[k] == '\n'.toByte()) newlines++
            data.write(buffer, 0, read)
            if (need < 0 && newlines >= 2) need = 2 + String(data.toByteArray(), Charsets.UTF_8).split("\n")[1].toLong()
        }
        val lines = String(data.toByteArray(), Charsets.UTF_8).split("\n")
        nonce = lines[0]
        return lines.subList(2, need.toInt())
    }

    private fun json(text: String): String {
        val w = VerdictWriter()
        w.writeString(text)
        return w.toString()
    }

    private fun describe(error: Throwable): String {
        val b = StringBuilder(error.toString())
        var shown = 0
        for (frame in error.stackTrace) {
            val owner = frame.className
            if (owner.startsWith("Main") || owner.startsWith("Verdict") || owner.startsWith("java.") || owner.startsWith("kotlin.")) continue
            if (++shown > 20) {
                b.append("\n\t...")
                break
            }
            b.append("\n\tat ").append(frame)
        }
        return b.toString()
    }

    private fun memoryKb(): Long {
        try {
            for (line in java.io.File("/proc/self/status").readLines()) {
                if (line.startsWith("VmHWM:")) return line.filter { it.isDigit() }.toLong()
            }
        } catch (error: Exception) {
            // no /proc: the run's peak stands for every test
        }
        return 0
    }

    fun loop(run: (String) -> String) {
        val input = FileInputStream(FileDescriptor.`in`)
        val tests = readTests(input)
        val clock = ManagementFactory.getThreadMXBean()
        val mainThread = Thread.currentThread().id
        // a line on stdin asks how much CPU the running test has used; the end of stdin means stop
        val watcher = Thread {
            try {
                val buffer = ByteArray(1 shl 16)
                while (true) {
                    val read = input.read(buffer)
                    if (read <= 0) break
                    for (k in 0 until read) {
                        if (buffer[k] != '\n'.toByte()) continue
                        val index = current
                        val used = if (index >= 0) (clock.getThreadCpuTime(mainThread) - started) / 1000 else 0L
                        write("P " + index + " " + Math.max(0L, used))
                    }
                }
            } catch (error: Exception) {
                // closed: same as the end
            }
            Runtime.getRuntime().halt(0)
        }
        watcher.isDaemon = true
        watcher.start()
        for (index in tests.indices) {
            emit("S " + index)
            parsing = true
            val cpu = clock.currentThreadCpuTime
            val wall = System.nanoTime()
            started = cpu
            current = index
            var kind = "E"
            val result = try {
                run(tests[index])
            } catch (error: Throwable) {
                if (parsing) {
                    emit("F " + index + " " + json(error.toString()))
                    continue
                }
                kind = "X"
                json(describe(error))
            }
            current = -1
            val cpuUs = (clock.currentThreadCpuTime - cpu) / 1000
            val wallUs = (System.nanoTime() - wall) / 1000
            emit(kind + " " + index + " " + cpuUs + " " + wallUs + " " + memoryKb() + " " + result)
        }
        emit("D")
    }
}
