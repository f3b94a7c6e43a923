// Dijkstra with a heap and predecessor links: O((n + m) log m).
#include <algorithm>
#include <climits>
#include <cstdio>
#include <functional>
#include <queue>
#include <vector>

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 1;
    std::vector<std::vector<std::pair<int, int>>> adj(n + 1);
    for (int i = 0; i < m; i++) {
        int u, v, w;
        if (scanf("%d %d %d", &u, &v, &w) != 3) return 1;
        adj[u].push_back({v, w});
        adj[v].push_back({u, w});
    }
    std::vector<long long> dist(n + 1, LLONG_MAX);
    std::vector<int> prev(n + 1, 0);
    using Item = std::pair<long long, int>;
    std::priority_queue<Item, std::vector<Item>, std::greater<Item>> heap;
    dist[1] = 0;
    heap.push({0, 1});
    while (!heap.empty()) {
        auto [d, u] = heap.top();
        heap.pop();
        if (d > dist[u]) continue;
        for (auto [v, w] : adj[u]) {
            if (d + w < dist[v]) {
                dist[v] = d + w;
                prev[v] = u;
                heap.push({dist[v], v});
            }
        }
    }
    if (dist[n] == LLONG_MAX) {
        puts("-1");
        return 0;
    }
    std::vector<int> route{n};
    while (route.back() != 1) route.push_back(prev[route.back()]);
    std::reverse(route.begin(), route.end());
    printf("%lld\n%zu\n", dist[n], route.size());
    for (size_t i = 0; i < route.size(); i++) printf("%d%c", route[i], i + 1 == route.size() ? '\n' : ' ');
    return 0;
}
