// f(N) = k-lucky numbers in [0, N] by walking N's digits over a table of free suffixes;
// a query is f(R) - f(L - 1).
#include <cstdio>
#include <cstring>

typedef unsigned long long u64;
static u64 ways[20][200];  // ways[len][r]: digit strings of length len with digit sum = r (mod k)
static int k;

static u64 count(u64 n) {  // k-lucky numbers in [0, n]
    char digits[24];
    snprintf(digits, sizeof digits, "%llu", n);
    int length = (int)strlen(digits), prefix = 0;
    u64 total = 0;
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
        u64 low, high;
        if (scanf("%llu %llu", &low, &high) != 2) return 1;
        printf("%llu\n", count(high) - count(low - 1));
    }
    return 0;
}
