// T(n) = T(n-1) + T(n-2): raise the step matrix [[1,1],[1,0]] to the n-th power by squaring.
#include <cstdint>
#include <cstdio>

typedef uint64_t u64;
struct Matrix { u64 a, b, c, d; };

static Matrix multiply(const Matrix& x, const Matrix& y, u64 m) {
    // residues are below 10^9, so each product fits in 64 bits before it is reduced
    return {(x.a * y.a % m + x.b * y.c % m) % m, (x.a * y.b % m + x.b * y.d % m) % m,
            (x.c * y.a % m + x.d * y.c % m) % m, (x.c * y.b % m + x.d * y.d % m) % m};
}

int main() {
    int q;
    if (scanf("%d", &q) != 1) return 1;
    while (q--) {
        u64 n, m;
        if (scanf("%llu %llu", (unsigned long long*)&n, (unsigned long long*)&m) != 2) return 1;
        Matrix result = {1 % m, 0, 0, 1 % m}, step = {1, 1, 1, 0};
        // T(n) is the top-left entry of step^n (T(0) = T(1) = 1)
        for (u64 e = n; e > 0; e >>= 1) {
            if (e & 1) result = multiply(result, step, m);
            step = multiply(step, step, m);
        }
        printf("%llu\n", (unsigned long long)result.a);
    }
    return 0;
}
