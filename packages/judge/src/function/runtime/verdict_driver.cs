// Verdict's driver for function problems in C# (docs/FUNCTION-PROBLEMS.md). main.cs is this
// file followed by the generated glue; the user's code is solution.cs, compiled beside it.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;

public class ListNode {
    public int val;
    public ListNode next;
    public ListNode(int val = 0, ListNode next = null) {
        this.val = val;
        this.next = next;
    }
}

public class TreeNode {
    public int val;
    public TreeNode left;
    public TreeNode right;
    public TreeNode(int val = 0, TreeNode left = null, TreeNode right = null) {
        this.val = val;
        this.left = left;
        this.right = right;
    }
}

sealed class VerdictReader {
    private readonly string s;
    private int i;

    public VerdictReader(string text) { s = text; }

    private Exception Fail(string what) { return new FormatException(what + " at character " + (i + 1)); }
    private void Ws() { while (i < s.Length && s[i] <= ' ') i++; }

    public void Expect(char c) {
        Ws();
        if (i >= s.Length || s[i] != c) throw Fail("expected '" + c + "'");
        i++;
    }

    /// <summary>After '[': true (and past ']') when the array is empty.</summary>
    public bool Empty() {
        Ws();
        if (i < s.Length && s[i] == ']') { i++; return true; }
        return false;
    }

    /// <summary>After an element: true past ',', false past ']'.</summary>
    public bool More() {
        Ws();
        if (i < s.Length && s[i] == ',') { i++; return true; }
        Expect(']');
        return false;
    }

    public bool IsNull() {
        Ws();
        if (string.CompareOrdinal(s, i, "null", 0, 4) == 0) { i += 4; return true; }
        return false;
    }

    private string Number() {
        Ws();
        int start = i;
        while (i < s.Length && "+-0123456789.eE".IndexOf(s[i]) >= 0) i++;
        if (start == i) throw Fail("expected a number");
        return s.Substring(start, i - start);
    }

    public int ReadInt() { return int.Parse(Number(), CultureInfo.InvariantCulture); }
    public long ReadLong() { return long.Parse(Number(), CultureInfo.InvariantCulture); }
    public double ReadDouble() { return double.Parse(Number(), NumberStyles.Float, CultureInfo.InvariantCulture); }

    public bool ReadBool() {
        Ws();
        if (string.CompareOrdinal(s, i, "true", 0, 4) == 0) { i += 4; return true; }
        if (string.CompareOrdinal(s, i, "false", 0, 5) == 0) { i += 5; return false; }
        throw Fail("expected true or false");
    }

    public string ReadString() {
        Expect('"');
        var b = new StringBuilder();
        for (;;) {
            if (i >= s.Length) throw Fail("unterminated string");
            char c = s[i++];
            if (c == '"') return b.ToString();
            if (c != '\\') { b.Append(c); continue; }
            char e = s[i++];
            switch (e) {
                case 'b': b.Append('\b'); break;
                case 'f': b.Append('\f'); break;
                case 'n': b.Append('\n'); break;
                case 'r': b.Append('\r'); break;
                case 't': b.Append('\t'); break;
                case 'u': b.Append((char) Convert.ToInt32(s.Substring(i, 4), 16)); i += 4; break;
                default: b.Append(e); break;
            }
        }
    }

    private List<int?> NodeValues() {
        var values = new List<int?>();
        Expect('[');
        if (!Empty()) do values.Add(IsNull() ? (int?) null : ReadInt()); while (More());
        return values;
    }

    public ListNode ReadList() {
        var head = new ListNode();
        var tail = head;
        foreach (var value in NodeValues()) { tail.next = new ListNode(value.Value); tail = tail.next; }
        return head.next;
    }

    public TreeNode ReadTree() {
        var values = NodeValues();
        if (values.Count == 0 || values[0] == null) return null;
        var root = new TreeNode(values[0].Value);
        var queue = new Queue<TreeNode>();
        queue.Enqueue(root);
        for (int at = 1; at < values.Count;) {
            var node = queue.Dequeue();
            if (at < values.Count && values[at] != null) { node.left = new TreeNode(values[at].Value); queue.Enqueue(node.left); }
            at++;
            if (at < values.Count && values[at] != null) { node.right = new TreeNode(values[at].Value); queue.Enqueue(node.right); }
            at++;
        }
        return root;
    }
}

sealed class VerdictWriter {
    const int MaxNodes = 1000000;
    private readonly StringBuilder b = new StringBuilder();

    public void Raw(string text) { b.Append(text); }
    public void WriteInt(int v) { b.Append(v.ToString(CultureInfo.InvariantCulture)); }
    public void WriteLong(long v) { b.Append(v.ToString(CultureInfo.InvariantCulture)); }
    public void WriteBool(bool v) { b.Append(v ? "true" : "false"); }

    public void WriteDouble(double v) {
        if (double.IsNaN(v) || double.IsInfinity(v)) b.Append("null");
        else b.Append(v.ToString("G17", CultureInfo.InvariantCulture));
    }

    public void WriteString(string v) {
        if (v == null) { b.Append("null"); return; }
        b.Append('"');
        foreach (char c in v) {
            if (c == '"' || c == '\\') b.Append('\\').Append(c);
            else if (c >= 0x20 && c < 0x7f) b.Append(c);
            else b.Append("\\u").Append(((int) c).ToString("x4"));
        }
        b.Append('"');
    }

    public void WriteList(ListNode node) {
        b.Append('[');
        for (int count = 0; node != null; node = node.next, count++) {
            if (count >= MaxNodes) throw new InvalidOperationException("the returned list has more than " + MaxNodes + " nodes (a cycle?)");
            if (count > 0) b.Append(',');
            b.Append(node.val.ToString(CultureInfo.InvariantCulture));
        }
        b.Append(']');
    }

    public void WriteTree(TreeNode root) {
        var values = new List<string>();
        var queue = new List<TreeNode>();
        if (root != null) queue.Add(root);
        for (int head = 0; head < queue.Count; head++) {
            var node = queue[head];
            if (node == null) { values.Add("null"); continue; }
            if (values.Count >= MaxNodes) throw new InvalidOperationException("the returned tree has more than " + MaxNodes + " nodes (a cycle?)");
            values.Add(node.val.ToString(CultureInfo.InvariantCulture));
            queue.Add(node.left);
            queue.Add(node.right);
        }
        while (values.Count > 0 && values[values.Count - 1] == "null") values.RemoveAt(values.Count - 1);
        b.Append('[').Append(string.Join(",", values)).Append(']');
    }

    public override string ToString() { return b.ToString(); }
}

static class VerdictDriver {
    /// <summary>True while the driver reads a test: a failure then is the driver's, not the user's.</summary>
    public static bool Parsing;

    [DllImport("libc")] private static extern void _exit(int code);
    [DllImport("libc")] private static extern int clock_gettime(int clock, long[] time);

    private static string nonce;
    private static readonly Stream Out = Console.OpenStandardOutput();

    private static readonly object WriteLock = new object();
    /// <summary>The test running now (-1 between tests) and the CPU clock when it started.</summary>
    private static volatile int current = -1;
    private static long started;

    private static void Write(string text) {
        byte[] data = Encoding.UTF8.GetBytes("\n" + nonce + " " + text + "\n");
        lock (WriteLock) {
            Out.Write(data, 0, data.Length);
            Out.Flush();
        }
    }

    private static void Emit(string text) {
        Console.Out.Flush();
        Write(text);
    }

    private static List<string> ReadTests(Stream input) {
        var data = new MemoryStream();
        var buffer = new byte[1 << 16];
        long newlines = 0, need = -1;
        while (need < 0 || newlines < need) {
            int read = input.Read(buffer, 0, buffer.Length);
            if (read <= 0) _exit(0); // the judge closed stdin early: it wants no more
            for (int k = 0; k < read; k++) if (buffer[k] == '\n') newlines++;
            data.Write(buffer, 0, read);
            if (need < 0 && newlines >= 2) need = 2 + long.Parse(Encoding.UTF8.GetString(data.ToArray()).Split('\n')[1]);
        }
        string[] lines = Encoding.UTF8.GetString(data.ToArray()).Split('\n');
        nonce = lines[0];
        var tests = new List<string>();
        for (int k = 2; k < need; k++) tests.Add(lines[k]);
        return tests;
    }

    private static long Micros(int clock) {
        var time = new long[2];
        clock_gettime(clock, time);
        return time[0] * 1000000 + time[1] / 1000;
    }

    private static long MemoryKb() {
        try {
            foreach (var line in File.ReadAllLines("/proc/self/status")) {
                if (line.StartsWith("VmHWM:")) return long.Parse(line.Substring(6).Trim().Split(' ')[0]);
            }
        } catch (Exception) {
            // no /proc: the run's peak stands for every test
        }
        return 0;
    }

    /// <summary>The exception and the frames of the user's code.</summary>
    private static string Describe(Exception error) {
        var kept = new List<string>();
        foreach (var line in error.ToString().Split('\n')) {
            if (line.Contains("at VerdictMain.") || line.Contains("at VerdictDriver.")) continue;
            kept.Add(line.TrimEnd());
        }
        return string.Join("\n", kept);
    }

    private static string Json(string text) {
        var w = new VerdictWriter();
        w.WriteString(text);
        return w.ToString();
    }

    public static void Loop(Func<string, string> run) {
        Stream input = Console.OpenStandardInput();
        List<string> tests = ReadTests(input);
        // a line on stdin asks how much CPU the running test has used; the end of stdin means stop
        var watcher = new Thread(() => {
            var buffer = new byte[1 << 16];
            try {
                for (int read; (read = input.Read(buffer, 0, buffer.Length)) > 0;) {
                    for (int k = 0; k < read; k++) {
                        if (buffer[k] != '\n') continue;
                        int index = current;
                        long used = index >= 0 ? Micros(2) - Interlocked.Read(ref started) : 0;
                        Write("P " + index + " " + Math.Max(0, used));
                    }
                }
            } catch (Exception) { }
            _exit(0);
        });
        watcher.IsBackground = true;
        watcher.Start();
        for (int index = 0; index < tests.Count; index++) {
            Emit("S " + index);
            Parsing = true;
            long cpu = Micros(2), wall = Micros(1);
            Interlocked.Exchange(ref started, cpu);
            current = index;
            string record;
            try {
                record = "E " + index + " {0} " + run(tests[index]);
            } catch (Exception error) {
                if (Parsing) { Emit("F " + index + " " + Json(error.Message)); continue; }
                record = "X " + index + " {0} " + Json(Describe(error));
            }
            current = -1;
            string measured = (Micros(2) - cpu) + " " + (Micros(1) - wall) + " " + MemoryKb();
            int at = record.IndexOf("{0}", StringComparison.Ordinal);
            Emit(record.Substring(0, at) + measured + record.Substring(at + 3));
        }
        Emit("D");
    }
}
