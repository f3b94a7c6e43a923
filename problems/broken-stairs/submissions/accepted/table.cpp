#include <cstdio>
#include <vector>

int main() {
    const long long MOD = 1000000007;
    int n, m;
    if (std::scanf("%d %d", &n, &m) != 2) return 1;
    std::vector<char> creaky(n + 1, 0);
    for (int j = 0; j < m; j++) {
        int c;
        if (std::scanf("%d", &c) != 1) return 1;
        creaky[c] = 1;
    }
    std::vector<long long> ways(n + 1, 0);
    ways[0] = 1;
    for (int i = 1; i <= n; i++) {
        if (creaky[i]) continue;
        long long sum = ways[i - 1];
        if (i >= 2) sum += ways[i - 2];
        if (i >= 3) sum += ways[i - 3];
        ways[i] = sum % MOD;
    }
    std::printf("%lld\n", ways[n]);
}
