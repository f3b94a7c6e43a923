// The divisor closest to sqrt(n): 12 -> 3 4 (a different answer than the judge's 2 6).
#include <cmath>
#include <cstdio>

int main() {
    long long n;
    if (std::scanf("%lld", &n) != 1) return 1;
    long long w = (long long)std::sqrt((double)n);
    while (w * w > n) w--;
    while ((w + 1) * (w + 1) <= n) w++;
    for (; w >= 2; w--) {
        if (n % w == 0) {
            std::printf("%lld %lld\n", w, n / w);
            return 0;
        }
    }
    std::puts("IMPOSSIBLE");
}
