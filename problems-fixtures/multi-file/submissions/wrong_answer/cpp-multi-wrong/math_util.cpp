// Wrong: lcm in 32-bit arithmetic overflows (1000000000 and 999999999 give garbage).
#include "math_util.h"

long long gcd(long long a, long long b) {
    while (b != 0) {
        long long r = a % b;
        a = b;
        b = r;
    }
    return a;
}

long long lcm(long long a, long long b) {
    int x = (int)(a / gcd(a, b));
    int y = (int)b;
    return (int)((unsigned)x * (unsigned)y);
}
