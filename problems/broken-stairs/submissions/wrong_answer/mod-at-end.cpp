// Adds without reducing and takes the modulo only at the end: the counts overflow 64 bits.
#include <cstdio>
#include <vector>

int main() {
    int n, m;
    if (std::scanf("%d %d", &n, &m) != 2) return 1;
    std::vector<char> creaky(n + 1, 0);
    for (int j = 0; j < m; j++) {
        int c;
        if (std::scanf("%d", &c) != 1) return 1;
        creaky[c] = 1;
    }
    std::vector<unsigned long long> ways(n + 1, 0);
    ways[0] = 1;
    for (int i = 1; i <= n; i++) {
        if (creaky[i]) continue;
        ways[i] = ways[i - 1] + (i >= 2 ? ways[i - 2] : 0) + (i >= 3 ? ways[i - 3] : 0);
    }
    std::printf("%llu\n", ways[n] % 1000000007ULL);
}
