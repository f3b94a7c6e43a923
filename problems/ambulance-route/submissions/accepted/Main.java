import java.io.DataInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.PriorityQueue;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(System.in);
        int n = nextInt(in), m = nextInt(in);
        int[] head = new int[n + 1], to = new int[2 * m], weight = new int[2 * m], link = new int[2 * m];
        Arrays.fill(head, -1);
        for (int i = 0; i < m; i++) {
            int u = nextInt(in), v = nextInt(in), w = nextInt(in);
            to[2 * i] = v; weight[2 * i] = w; link[2 * i] = head[u]; head[u] = 2 * i;
            to[2 * i + 1] = u; weight[2 * i + 1] = w; link[2 * i + 1] = head[v]; head[v] = 2 * i + 1;
        }
        long[] dist = new long[n + 1];
        int[] prev = new int[n + 1];
        Arrays.fill(dist, Long.MAX_VALUE);
        dist[1] = 0;
        PriorityQueue<long[]> heap = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        heap.add(new long[] {0, 1});
        while (!heap.isEmpty()) {
            long[] top = heap.poll();
            int u = (int) top[1];
            if (top[0] > dist[u]) continue;
            for (int e = head[u]; e >= 0; e = link[e]) {
                long d = top[0] + weight[e];
                if (d < dist[to[e]]) {
                    dist[to[e]] = d;
                    prev[to[e]] = u;
                    heap.add(new long[] {d, to[e]});
                }
            }
        }
        if (dist[n] == Long.MAX_VALUE) {
            System.out.println(-1);
            return;
        }
        int k = 1;
        for (int v = n; v != 1; v = prev[v]) k++;
        int[] route = new int[k];
        for (int v = n, i = k - 1; i >= 0; v = prev[v], i--) route[i] = v;
        StringBuilder out = new StringBuilder();
        out.append(dist[n]).append('\n').append(k).append('\n');
        for (int i = 0; i < k; i++) out.append(route[i]).append(i + 1 == k ? '\n' : ' ');
        System.out.print(out);
    }

    private static int nextInt(DataInputStream in) throws IOException {
        int result = 0, b = in.read();
        while (b < '0') b = in.read();
        while (b >= '0') {
            result = result * 10 + (b - '0');
            b = in.read();
        }
        return result;
    }
}
