// Wrong: reads 64-bit values but adds them as 32-bit ints (truncation and overflow).
#include <cstdio>

int main() {
    long long a, b;
    if (scanf("%lld %lld", &a, &b) != 2) return 1;
    int x = (int)a, y = (int)b;
    int sum = (int)((unsigned)x + (unsigned)y);
    printf("%d\n", sum);
}
