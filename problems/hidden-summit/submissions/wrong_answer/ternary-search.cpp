// Ternary search with two fresh probes per step: far over the question budget.
#include <iostream>

int main() {
    long long n;
    std::cin >> n;
    auto height = [](long long i) {
        std::cout << "? " << i << std::endl;
        long long h;
        std::cin >> h;
        return h;
    };
    long long lo = 1, hi = n;
    while (hi - lo > 2) {
        long long a = lo + (hi - lo) / 3, b = hi - (hi - lo) / 3;
        if (height(a) < height(b)) lo = a + 1;
        else hi = b - 1;
    }
    long long best = lo;
    long long bestHeight = height(lo);
    for (long long i = lo + 1; i <= hi; i++) {
        long long h = height(i);
        if (h > bestHeight) best = i, bestHeight = h;
    }
    std::cout << "! " << best << std::endl;
}
