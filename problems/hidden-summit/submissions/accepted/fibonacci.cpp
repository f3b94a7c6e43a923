#include <iostream>
#include <limits>
#include <map>
#include <vector>

int main() {
    long long n;
    std::cin >> n;
    std::vector<long long> fib = {0, 1, 1};
    while (fib.back() < n + 1) fib.push_back(fib[fib.size() - 1] + fib[fib.size() - 2]);
    std::map<long long, long long> known;
    auto height = [&](long long i) {
        if (i > n) return std::numeric_limits<long long>::min();
        auto found = known.find(i);
        if (found != known.end()) return found->second;
        std::cout << "? " << i << std::endl;  // endl flushes
        long long h;
        std::cin >> h;
        return known[i] = h;
    };
    long long lo = 0;
    for (int k = fib.size() - 1; k > 3; k--)
        if (height(lo + fib[k - 2]) < height(lo + fib[k - 1])) lo += fib[k - 2];
    std::cout << "! " << lo + 1 << std::endl;
}
