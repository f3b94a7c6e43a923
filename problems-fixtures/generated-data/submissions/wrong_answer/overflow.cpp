// Sums in 32 bits: wrong on the big case (and the self-answered one).
#include <cstdio>

int main() {
    int n, sum = 0, value;
    std::scanf("%d", &n);
    for (int i = 0; i < n; i++) {
        std::scanf("%d", &value);
        sum += value;
    }
    std::printf("%d\n", sum);
}
