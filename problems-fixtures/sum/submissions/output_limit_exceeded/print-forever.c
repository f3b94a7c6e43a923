/* Too much output: prints the answer over and over, without end. */
#include <stdio.h>

int main(void) {
    long long a, b;
    if (scanf("%lld %lld", &a, &b) != 2) return 1;
    for (;;) printf("%lld\n", a + b);
}
