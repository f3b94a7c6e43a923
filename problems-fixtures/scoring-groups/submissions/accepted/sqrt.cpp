// O(sqrt n): S(n) = 2 * sum_{k <= s} floor(n / k) - s^2 with s = floor(sqrt(n)) (the pairs
// with a <= s plus those with b <= s, minus the s x s square counted twice).
#include <cmath>
#include <cstdio>

int main() {
    long long n;
    if (std::scanf("%lld", &n) != 1) return 1;
    long long s = (long long)std::sqrt((double)n);
    while (s * s > n) s--;
    while ((s + 1) * (s + 1) <= n) s++;
    long long total = 0;
    for (long long k = 1; k <= s; k++) total += n / k;
    std::printf("%lld\n", 2 * total - s * s);
}
