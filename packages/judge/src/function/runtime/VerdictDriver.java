// Verdict's driver for function problems in Java (docs/FUNCTION-PROBLEMS.md). Main.java is this
// file followed by the generated class Main; the user's code is compiled beside it.
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

class ListNode {
    int val;
    ListNode next;
    ListNode() {}
    ListNode(int val) { this.val = val; }
    ListNode(int val, ListNode next) { this.val = val; this.next = next; }
}

class TreeNode {
    int val;
    TreeNode left;
    TreeNode right;
    TreeNode() {}
    TreeNode(int val) { this.val = val; }
    TreeNode(int val, TreeNode left, TreeNode right) { this.val = val; this.left = left; this.right = right; }
}

final class VerdictReader {
    private final String s;
    private int i;

    VerdictReader(String s) { this.s = s; }

    private IllegalArgumentException fail(String what) {
        return new IllegalArgumentException(what + " at character " + (i + 1));
    }

    private void ws() { while (i < s.length() && s.charAt(i) <= ' ') i++; }

    void expect(char c) {
        ws();
        if (i >= s.length() || s.charAt(i) != c) throw fail("expected '" + c + "'");
        i++;
    }

    /** After '[': true (and past ']') when the array is empty. */
    boolean empty() {
        ws();
        if (i < s.length() && s.charAt(i) == ']') { i++; return true; }
        return false;
    }

    /** After an element: true past ',', false past ']'. */
    boolean more() {
        ws();
        if (i < s.length() && s.charAt(i) == ',') { i++; return true; }
        expect(']');
        return false;
    }

    boolean isNull() {
        ws();
        if (s.startsWith("null", i)) { i += 4; return true; }
        return false;
    }

    private String number() {
        ws();
        int start = i;
        while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
        if (start == i) throw fail("expected a number");
        return s.substring(start, i);
    }

    int readInt() { return Integer.parseInt(number()); }
    long readLong() { return Long.parseLong(number()); }
    double readDouble() { return Double.parseDouble(number()); }

    boolean readBool() {
        ws();
        if (s.startsWith("true", i)) { i += 4; return true; }
        if (s.startsWith("false", i)) { i += 5; return false; }
        throw fail("expected true or false");
    }

    String readString() {
        expect('"');
        StringBuilder b = new StringBuilder();
        for (;;) {
            if (i >= s.length()) throw fail("unterminated string");
            char c = s.charAt(i++);
            if (c == '"') return b.toString();
            if (c != '\\') { b.append(c); continue; }
            char e = s.charAt(i++);
            switch (e) {
                case 'b': b.append('\b'); break;
                case 'f': b.append('\f'); break;
                case 'n': b.append('\n'); break;
                case 'r': b.append('\r'); break;
                case 't': b.append('\t'); break;
                case 'u': b.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; break;
                default: b.append(e);
            }
        }
    }

    private List<Integer> nodeValues() {
        List<Integer> values = new ArrayList<>();
        expect('[');
        if (!empty()) do values.add(isNull() ? null : readInt()); while (more());
        return values;
    }

    ListNode readList() {
        ListNode head = new ListNode(), tail = head;
        for (Integer value : nodeValues()) { tail.next = new ListNode(value); tail = tail.next; }
        return head.next;
    }

    TreeNode readTree() {
        List<Integer> values = nodeValues();
        if (values.isEmpty() || values.get(0) == null) return null;
        TreeNode root = new TreeNode(values.get(0));
        ArrayDeque<TreeNode> queue = new ArrayDeque<>();
        queue.add(root);
        for (int at = 1; at < values.size(); ) {
            TreeNode node = queue.poll();
            if (at < values.size() && values.get(at) != null) { node.left = new TreeNode(values.get(at)); queue.add(node.left); }
            at++;
            if (at < values.size() && values.get(at) != null) { node.right = new TreeNode(values.get(at)); queue.add(node.right); }
            at++;
        }
        return root;
    }
}

final class VerdictWriter {
    static final int MAX_NODES = 1_000_000;
    private final StringBuilder b = new StringBuilder();

    VerdictWriter raw(String text) { b.append(text); return this; }
    void writeInt(int v) { b.append(v); }
    void writeLong(long v) { b.append(v); }
    void writeBool(boolean v) { b.append(v); }

    void writeDouble(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) b.append("null");
        else b.append(v);
    }

    void writeString(String v) {
        if (v == null) { b.append("null"); return; }
        b.append('"');
        for (int k = 0; k < v.length(); k++) {
            char c = v.charAt(k);
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c >= 0x20 && c < 0x7f) b.append(c);
            else b.append(String.format("\\u%04x", (int) c));
        }
        b.append('"');
    }

    void writeList(ListNode node) {
        b.append('[');
        for (int count = 0; node != null; node = node.next, count++) {
            if (count >= MAX_NODES) throw new IllegalStateException("the returned list has more than " + MAX_NODES + " nodes (a cycle?)");
            if (count > 0) b.append(',');
            b.append(node.val);
        }
        b.append(']');
    }

    void writeTree(TreeNode root) {
        List<String> values = new ArrayList<>();
        ArrayList<TreeNode> queue = new ArrayList<>();
        if (root != null) queue.add(root);
        for (int head = 0; head < queue.size(); head++) {
            TreeNode node = queue.get(head);
            if (node == null) { values.add("null"); continue; }
            if (values.size() >= MAX_NODES) throw new IllegalStateException("the returned tree has more than " + MAX_NODES + " nodes (a cycle?)");
            values.add(Integer.toString(node.val));
            queue.add(node.left);
            queue.add(node.right);
        }
        while (!values.isEmpty() && values.get(values.size() - 1).equals("null")) values.remove(values.size() - 1);
        b.append('[').append(String.join(",", values)).append(']');
    }

    @Override
    public String toString() { return b.toString(); }
}

final class VerdictDriver {
    /** True while the driver reads a test: a failure then is the driver's, not the user's. */
    static boolean parsing;

    interface Test { String run(String line) throws Throwable; }

    private static String nonce;
    private static final OutputStream OUT = new FileOutputStream(FileDescriptor.out);

    /** The test running now (-1 between tests) and the main thread's CPU clock when it started. */
    private static volatile int current = -1;
    private static volatile long started;

    static synchronized void write(String text) throws IOException {
        OUT.write(("\n" + nonce + " " + text + "\n").getBytes(StandardCharsets.UTF_8));
        OUT.flush();
    }

    static void emit(String text) throws IOException {
        System.out.flush();
        write(text);
    }

    private static List<String> readTests(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream data = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        long newlines = 0, need = -1;
        while (need < 0 || newlines < need) {
            int read = in.read(buffer);
            if (read <= 0) Runtime.getRuntime().halt(0); // the judge closed stdin early: it wants no more
            for (int k = 0; k < read; k++) if (buffer[k] == '\n') newlines++;
            data.write(buffer, 0, read);
            if (need < 0 && newlines >= 2) need = 2 + Long.parseLong(data.toString(StandardCharsets.UTF_8).split("\n", 3)[1]);
        }
        String[] lines = data.toString(StandardCharsets.UTF_8).split("\n", -1);
        nonce = lines[0];
        List<String> tests = new ArrayList<>();
        for (int k = 2; k < need; k++) tests.add(lines[k]);
        return tests;
    }

    static String json(String text) {
        VerdictWriter w = new VerdictWriter();
        w.writeString(text);
        return w.toString();
    }

    static String describe(Throwable error) {
        StringBuilder b = new StringBuilder(error.toString());
        int shown = 0;
        for (StackTraceElement frame : error.getStackTrace()) {
            String owner = frame.getClassName();
            if (owner.equals("Main") || owner.startsWith("Verdict") || owner.startsWith("java.") || owner.startsWith("jdk.")) continue;
            if (++shown > 20) { b.append("\n\t..."); break; }
            b.append("\n\tat ").append(frame);
        }
        return b.toString();
    }

    static long memoryKb() {
        try {
            for (String line : Files.readAllLines(Paths.get("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        } catch (IOException | RuntimeException e) {
            // no /proc: the run's peak stands for every test
        }
        return 0;
    }

    static void main(Test test) throws IOException {
        InputStream in = new FileInputStream(FileDescriptor.in);
        List<String> tests = readTests(in);
        ThreadMXBean clock = ManagementFactory.getThreadMXBean();
        long mainThread = Thread.currentThread().getId();
        // a line on stdin asks how much CPU the running test has used; the end of stdin means stop
        Thread watcher = new Thread(() -> {
            try {
                byte[] buffer = new byte[1 << 16];
                for (int read; (read = in.read(buffer)) > 0; ) {
                    for (int k = 0; k < read; k++) {
                        if (buffer[k] != '\n') continue;
                        int index = current;
                        long used = index >= 0 ? (clock.getThreadCpuTime(mainThread) - started) / 1000 : 0;
                        write("P " + index + " " + Math.max(0, used));
                    }
                }
            } catch (IOException e) {
                // closed: same as the end
            }
            Runtime.getRuntime().halt(0);
        });
        watcher.setDaemon(true);
        watcher.start();
        for (int index = 0; index < tests.size(); index++) {
            emit("S " + index);
            parsing = true;
            long cpu = clock.getCurrentThreadCpuTime(), wall = System.nanoTime();
            started = cpu;
            current = index;
            String record;
            try {
                String result = test.run(tests.get(index));
                record = "E " + index + " %s " + result;
            } catch (Throwable error) {
                if (parsing) { emit("F " + index + " " + json(error.toString())); continue; }
                record = "X " + index + " %s " + json(describe(error));
            }
            current = -1;
            long cpuUs = (clock.getCurrentThreadCpuTime() - cpu) / 1000, wallUs = (System.nanoTime() - wall) / 1000;
            emit(record.replaceFirst("%s", cpuUs + " " + wallUs + " " + memoryKb()));
        }
        emit("D");
    }
}
