// Right algorithm, but residues are multiplied in 32 bits: a product above 2^32 wraps.
#include <cstdint>
#include <cstdio>

typedef uint32_t u32;
struct Matrix { u32 a, b, c, d; };

static Matrix multiply(const Matrix& x, const Matrix& y, u32 m) {
    return {(x.a * y.a + x.b * y.c) % m, (x.a * y.b + x.b * y.d) % m,
            (x.c * y.a + x.d * y.c) % m, (x.c * y.b + x.d * y.d) % m};
}

int main() {
    int q;
    if (scanf("%d", &q) != 1) return 1;
    while (q--) {
        unsigned long long n;
        u32 m;
        if (scanf("%llu %u", &n, &m) != 2) return 1;
        Matrix result = {1 % m, 0, 0, 1 % m}, step = {1, 1, 1, 0};
        for (unsigned long long e = n; e > 0; e >>= 1) {
            if (e & 1) result = multiply(result, step, m);
            step = multiply(step, step, m);
        }
        printf("%u\n", result.a);
    }
    return 0;
}
