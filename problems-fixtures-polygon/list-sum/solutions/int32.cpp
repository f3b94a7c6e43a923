// Adds up in 32 bits: right on the small group, overflows on the large one.
#include <cstdio>

int main() {
    int n;
    std::scanf("%d", &n);
    int sum = 0;
    for (int i = 0; i < n; i++) {
        int a;
        std::scanf("%d", &a);
        sum += a;
    }
    std::printf("%d\n", sum);
}
