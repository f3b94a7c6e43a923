// Scans right to left: prints a pair with the largest first index.
import java.io.DataInputStream;
import java.io.IOException;
import java.util.HashMap;

public class Main {
    private static final DataInputStream in = new DataInputStream(System.in);

    private static long next() throws IOException {
        int c = in.read();
        while (c == ' ' || c == '\n' || c == '\r') c = in.read();
        boolean negative = c == '-';
        if (negative) c = in.read();
        long value = 0;
        while (c >= '0' && c <= '9') {
            value = value * 10 + (c - '0');
            c = in.read();
        }
        return negative ? -value : value;
    }

    public static void main(String[] args) throws IOException {
        int n = (int) next();
        long t = next();
        long[] a = new long[n];
        for (int i = 0; i < n; i++) a[i] = next();
        HashMap<Long, Integer> last = new HashMap<>();
        for (int i = n - 1; i >= 0; i--) {
            Integer j = last.get(t - a[i]);
            if (j != null) {
                System.out.println((i + 1) + " " + (j + 1));
                return;
            }
            last.putIfAbsent(a[i], i);
        }
        System.out.println(-1);
    }
}
