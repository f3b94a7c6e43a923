import java.io.DataInputStream;
import java.io.IOException;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(System.in, 1 << 16));
        int n = (int) readLong(in);
        long k = readLong(in);
        long[] prefix = new long[n + 1];
        for (int i = 0; i < n; i++) prefix[i + 1] = prefix[i] + readLong(in);
        int[] starts = new int[n + 1];
        int head = 0, tail = 0, best = n + 1;
        for (int j = 0; j <= n; j++) {
            while (tail > head && prefix[j] - prefix[starts[head]] >= k) best = Math.min(best, j - starts[head++]);
            while (tail > head && prefix[starts[tail - 1]] >= prefix[j]) tail--;
            starts[tail++] = j;
        }
        System.out.println(best <= n ? best : -1);
    }

    private static long readLong(DataInputStream in) throws IOException {
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
}
