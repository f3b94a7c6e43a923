import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

class Solution {
    public long cheapestTrip(int n, int[][] roads, int vouchers) {
        List<List<int[]>> adj = new ArrayList<>();
        for (int i = 0; i < n; i++) adj.add(new ArrayList<>());
        for (int[] road : roads) {
            adj.get(road[0]).add(new int[] {road[1], road[2]});
            adj.get(road[1]).add(new int[] {road[0], road[2]});
        }
        int layers = vouchers + 1;
        long[] dist = new long[n * layers];
        Arrays.fill(dist, Long.MAX_VALUE);
        PriorityQueue<long[]> heap = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        dist[0] = 0;
        heap.add(new long[] {0, 0});
        while (!heap.isEmpty()) {
            long[] top = heap.poll();
            long d = top[0];
            int state = (int) top[1];
            if (d > dist[state]) continue;
            int town = state / layers, used = state % layers;
            for (int[] edge : adj.get(town)) {
                int paid = edge[0] * layers + used;
                if (d + edge[1] < dist[paid]) {
                    dist[paid] = d + edge[1];
                    heap.add(new long[] {dist[paid], paid});
                }
                if (used < vouchers && d < dist[paid + 1]) {
                    dist[paid + 1] = d;
                    heap.add(new long[] {d, paid + 1});
                }
            }
        }
        long best = Long.MAX_VALUE;
        for (int j = 0; j < layers; j++) best = Math.min(best, dist[(n - 1) * layers + j]);
        return best == Long.MAX_VALUE ? -1 : best;
    }
}
