/* Too slow: spins forever. */
#include <stdio.h>

int main(void) {
    long long a, b;
    if (scanf("%lld %lld", &a, &b) != 2) return 1;
    volatile unsigned long long spin = 0;
    for (;;) spin++;
}
