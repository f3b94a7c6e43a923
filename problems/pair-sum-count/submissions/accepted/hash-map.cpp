// One pass: for each value, count the partners k - value already seen. O(n) expected.
#include <cstdio>
#include <unordered_map>

int main() {
    int n;
    long long k;
    if (scanf("%d %lld", &n, &k) != 2) return 1;
    std::unordered_map<long long, long long> seen;
    seen.reserve(2 * n);
    long long pairs = 0;
    for (int i = 0; i < n; i++) {
        long long value;
        if (scanf("%lld", &value) != 1) return 1;
        auto partner = seen.find(k - value);
        if (partner != seen.end()) pairs += partner->second;
        seen[value]++;
    }
    printf("%lld\n", pairs);
    return 0;
}
