// Fixed notation with twelve decimals: 0.000000001000
#include <cstdio>

int main() {
    long long a, b;
    if (std::scanf("%lld %lld", &a, &b) != 2) return 1;
    std::printf("%.12f\n", (double)a / (double)b);
}
