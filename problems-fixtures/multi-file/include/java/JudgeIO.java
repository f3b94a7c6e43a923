// Added by the judge to every Java submission of this problem (include/java/): compiled with
// the submission's own files, so Main can call JudgeIO.readLongs() and JudgeIO.out.
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.PrintWriter;

public final class JudgeIO {
    public static final PrintWriter out = new PrintWriter(new BufferedOutputStream(System.out));

    private JudgeIO() {}

    /** Reads `count` integers from `in`. */
    public static long[] readLongs(DataInputStream in, int count) throws IOException {
        long[] values = new long[count];
        for (int i = 0; i < count; i++) values[i] = readLong(in);
        return values;
    }

    public static long readLong(DataInputStream in) throws IOException {
        int c = in.read();
        while (c == ' ' || c == '\n' || c == '\r' || c == '\t') c = in.read();
        boolean negative = c == '-';
        if (negative) c = in.read();
        long value = 0;
        while (c >= '0' && c <= '9') {
            value = value * 10 + (c - '0');
            c = in.read();
        }
        return negative ? -value : value;
    }
}
