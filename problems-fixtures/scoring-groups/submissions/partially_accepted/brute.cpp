// Brute force, O(n): fine for group 1 (n <= 10^6), hopeless for group 2 (10^12 divisions).
// Expected: 30 points (group 1: 3 x 10; group 2: time limit on its first case, then break).
#include <cstdio>

int main() {
    long long n;
    if (std::scanf("%lld", &n) != 1) return 1;
    long long total = 0;
    for (long long k = 1; k <= n; k++) total += n / k;
    std::printf("%lld\n", total);
}
