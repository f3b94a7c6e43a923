/* Wrong: reads the input, prints nothing, exits normally. */
#include <stdio.h>

int main(void) {
    long long a, b;
    if (scanf("%lld %lld", &a, &b) != 2) return 0;
    return 0;
}
