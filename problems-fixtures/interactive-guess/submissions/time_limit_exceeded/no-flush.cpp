// Deadlock: printf to a pipe is fully buffered and never flushed, so the judge never sees the
// guess while the program waits for the reply. Only the wall-clock limit ends it.
#include <cstdio>
#include <cstring>

int main() {
    long long n;
    if (std::scanf("%lld", &n) != 1) return 1;
    long long lo = 1, hi = n;
    char reply[8];
    while (lo <= hi) {
        long long mid = lo + (hi - lo) / 2;
        std::printf("%lld\n", mid);  // no fflush(stdout)
        if (std::scanf("%7s", reply) != 1 || std::strcmp(reply, "=") == 0) return 0;
        if (reply[0] == '<') hi = mid - 1;
        else lo = mid + 1;
    }
}
