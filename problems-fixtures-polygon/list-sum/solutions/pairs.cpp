// Quadratic: fast on the small group, far too slow for n = 100000.
#include <cstdio>
#include <vector>

int main() {
    int n;
    std::scanf("%d", &n);
    std::vector<long long> a(n);
    for (auto& x : a) std::scanf("%lld", &x);
    volatile long long sum = 0;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++)
            if (i == j) sum = sum + a[i];
    std::printf("%lld\n", (long long)sum);
}
