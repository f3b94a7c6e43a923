// Wrong: searches the 0-based range [0, N - 1] but prints the 0-based value itself. It still
// finds 7 for N = 10, but for N = 1 its first guess is 0, outside [1, N].
#include <cstdio>
#include <cstring>

int main() {
    long long n;
    if (std::scanf("%lld", &n) != 1) return 1;
    long long lo = 0, hi = n - 1;
    char reply[8];
    while (lo <= hi) {
        long long mid = lo + (hi - lo) / 2;
        std::printf("%lld\n", mid);
        std::fflush(stdout);
        if (std::scanf("%7s", reply) != 1 || std::strcmp(reply, "=") == 0) return 0;
        if (reply[0] == '<') hi = mid - 1;
        else lo = mid + 1;
    }
}
