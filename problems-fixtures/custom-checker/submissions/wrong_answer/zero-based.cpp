// Wrong: prints 0-based indices (the pair is right, the numbering is not).
#include <cstdio>
#include <unordered_map>
#include <vector>

int main() {
    int n;
    long long t;
    if (std::scanf("%d %lld", &n, &t) != 2) return 1;
    std::vector<long long> a(n);
    for (auto &x : a) std::scanf("%lld", &x);
    std::unordered_map<long long, int> first;
    for (int j = 0; j < n; j++) {
        auto it = first.find(t - a[j]);
        if (it != first.end()) {
            std::printf("%d %d\n", it->second, j);
            return 0;
        }
        first.emplace(a[j], j);
    }
    std::puts("-1");
}
