// Crashes: makes one guess (the middle), reads the reply, then aborts.
#include <cstdio>
#include <cstdlib>

int main() {
    long long n;
    if (std::scanf("%lld", &n) != 1) return 1;
    std::printf("%lld\n", (n + 1) / 2);
    std::fflush(stdout);
    char reply[8];
    if (std::scanf("%7s", reply) != 1) return 1;
    std::abort();
}
