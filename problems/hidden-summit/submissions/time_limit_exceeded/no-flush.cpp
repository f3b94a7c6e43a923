// Right algorithm, but the questions stay in the output buffer: both sides wait for ever.
#include <cstdio>
#include <map>
#include <vector>

int main() {
    long long n;
    if (std::scanf("%lld", &n) != 1) return 1;
    std::vector<long long> fib = {0, 1, 1};
    while (fib.back() < n + 1) fib.push_back(fib[fib.size() - 1] + fib[fib.size() - 2]);
    std::map<long long, long long> known;
    auto height = [&](long long i) -> long long {
        if (i > n) return -(1LL << 62);
        auto found = known.find(i);
        if (found != known.end()) return found->second;
        std::printf("? %lld\n", i);  // no fflush
        long long h = 0;
        if (std::scanf("%lld", &h) != 1) return 0;
        return known[i] = h;
    };
    long long lo = 0;
    for (int k = fib.size() - 1; k > 3; k--)
        if (height(lo + fib[k - 2]) < height(lo + fib[k - 1])) lo += fib[k - 2];
    std::printf("! %lld\n", lo + 1);
}
