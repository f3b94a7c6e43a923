// Steps through the recurrence n times: fine for small n, hopeless for n = 10^18.
#include <cstdio>

int main() {
    int q;
    if (scanf("%d", &q) != 1) return 1;
    while (q--) {
        unsigned long long n, m;
        if (scanf("%llu %llu", &n, &m) != 2) return 1;
        unsigned long long previous = 1 % m, current = 1 % m;  // T(0), T(1)
        for (unsigned long long i = 1; i < n; i++) {
            unsigned long long next = (previous + current) % m;
            previous = current;
            current = next;
        }
        printf("%llu\n", current);
    }
    return 0;
}
