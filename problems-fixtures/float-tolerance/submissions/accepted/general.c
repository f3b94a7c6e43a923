/* %.10g: ten significant digits, exponent notation for very small or large values (1e-09). */
#include <stdio.h>

int main(void) {
    long long a, b;
    if (scanf("%lld %lld", &a, &b) != 2) return 1;
    printf("%.10g\n", (double)a / (double)b);
    return 0;
}
