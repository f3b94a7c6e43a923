// Right algorithm, but distances in 32-bit ints overflow on long routes with big tolls.
class Solution {
public:
    long long cheapestTrip(int n, vector<vector<int>>& roads, int vouchers) {
        vector<vector<pair<int, int>>> adj(n);
        for (auto& road : roads) {
            adj[road[0]].push_back({road[1], road[2]});
            adj[road[1]].push_back({road[0], road[2]});
        }
        const int INF = INT_MAX;
        int layers = vouchers + 1;
        vector<int> dist((size_t)n * layers, INF);
        using Item = pair<int, int>;
        priority_queue<Item, vector<Item>, greater<Item>> heap;
        dist[0] = 0;
        heap.push({0, 0});
        while (!heap.empty()) {
            auto [d, state] = heap.top();
            heap.pop();
            if (d > dist[state]) continue;
            int town = state / layers, used = state % layers;
            for (auto [v, w] : adj[town]) {
                int paid = v * layers + used;
                if ((int)((unsigned)d + (unsigned)w) < dist[paid]) heap.push({dist[paid] = (int)((unsigned)d + (unsigned)w), paid});
                if (used < vouchers && d < dist[paid + 1]) heap.push({dist[paid + 1] = d, paid + 1});
            }
        }
        int best = INF;
        for (int j = 0; j < layers; j++) best = min(best, dist[(size_t)(n - 1) * layers + j]);
        return best == INF ? -1 : best;
    }
};
