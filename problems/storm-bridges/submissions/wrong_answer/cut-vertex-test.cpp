// Uses the articulation-point test low(v) >= num(u) instead of low(v) > num(u).
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 1;
    std::vector<std::vector<std::pair<int, int>>> adj(n + 1);
    for (int i = 0; i < m; i++) {
        int u, v;
        if (scanf("%d %d", &u, &v) != 2) return 1;
        adj[u].push_back({v, i});
        adj[v].push_back({u, i});
    }
    std::vector<int> num(n + 1, 0), low(n + 1, 0), found;
    struct Frame { int v, via; size_t at; };
    std::vector<Frame> stack;
    int counter = 0;
    for (int start = 1; start <= n; start++) {
        if (num[start]) continue;
        num[start] = low[start] = ++counter;
        stack.push_back({start, -1, 0});
        while (!stack.empty()) {
            Frame& frame = stack.back();
            int v = frame.v;
            if (frame.at < adj[v].size()) {
                auto [w, i] = adj[v][frame.at++];
                if (i == frame.via) continue;
                if (num[w]) low[v] = std::min(low[v], num[w]);
                else {
                    num[w] = low[w] = ++counter;
                    stack.push_back({w, i, 0});
                }
                continue;
            }
            int via = frame.via;
            stack.pop_back();
            if (!stack.empty()) {
                int u = stack.back().v;
                low[u] = std::min(low[u], low[v]);
                if (low[v] >= num[u]) found.push_back(via + 1);
            }
        }
    }
    std::sort(found.begin(), found.end());
    printf("%zu\n", found.size());
    for (size_t i = 0; i < found.size(); i++) printf("%d%c", found[i], i + 1 == found.size() ? '\n' : ' ');
    return 0;
}
