/* Wrong: a 1 x n strip is not allowed (the rectangle must be at least two tiles wide). */
#include <stdio.h>

int main(void) {
    long long n;
    if (scanf("%lld", &n) != 1) return 1;
    printf("1 %lld\n", n);
    return 0;
}
