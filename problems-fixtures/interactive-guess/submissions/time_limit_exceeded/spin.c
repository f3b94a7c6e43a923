/* Too slow: reads N, then thinks for ever without guessing. */
#include <stdio.h>

int main(void) {
    long long n;
    if (scanf("%lld", &n) != 1) return 1;
    volatile unsigned long long spin = 0;
    for (;;) spin++;
}
