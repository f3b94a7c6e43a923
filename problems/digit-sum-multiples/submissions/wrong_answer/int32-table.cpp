// Right algorithm, but the table of free suffixes holds 32-bit counts: 10^18 numbers overflow it.
#include <cstdio>
#include <cstring>

static unsigned ways[20][200];
static int k;

static unsigned long long count(unsigned long long n) {
    char digits[24];
    snprintf(digits, sizeof digits, "%llu", n);
    int length = (int)strlen(digits), prefix = 0;
    unsigned long long total = 0;
    for (int i = 0; i < length; i++) {
        int digit = digits[i] - '0', rest = length - i - 1;
        for (int d = 0; d < digit; d++) total += ways[rest][((-(prefix + d)) % k + k) % k];
        prefix += digit;
    }
    return total + (prefix % k == 0 ? 1 : 0);
}

int main() {
    int q;
    if (scanf("%d %d", &q, &k) != 2) return 1;
    ways[0][0] = 1;
    for (int len = 1; len < 20; len++)
        for (int r = 0; r < k; r++)
            for (int d = 0; d < 10; d++) ways[len][(r + d) % k] += ways[len - 1][r];
    while (q--) {
        unsigned long long low, high;
        if (scanf("%llu %llu", &low, &high) != 2) return 1;
        printf("%llu\n", count(high) - count(low - 1));
    }
    return 0;
}
