#include <cstdio>

int main() {
    int n;
    long long sum = 0, value;
    std::scanf("%d", &n);
    for (int i = 0; i < n; i++) {
        std::scanf("%lld", &value);
        sum += value;
    }
    std::printf("%lld\n", sum);
}
