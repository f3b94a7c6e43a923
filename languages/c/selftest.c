#include <stdio.h>

int main(void) {
    long long a, b;
    char name[64];
    if (scanf("%lld %lld %63s", &a, &b, name) != 3) return 1;
    printf("Hello, %s! %lld + %lld = %lld\n", name, a, b, a + b);
    return 0;
}
