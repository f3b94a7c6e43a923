#include <cstdio>

// the mistake the statement warns about: an int total overflows past 2^31 - 1
int main() {
    int n;
    if (std::scanf("%d", &n) != 1) return 1;
    int total = 0;
    for (int i = 0; i < n; i++) {
        int side;
        std::scanf("%d", &side);
        total += side * side;
    }
    std::printf("%d\n", total);
}
