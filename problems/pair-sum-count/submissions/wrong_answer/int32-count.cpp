// Right idea, but the count is a 32-bit int: C(70000, 2) pairs overflow it.
#include <cstdio>
#include <unordered_map>

int main() {
    int n;
    long long k;
    if (scanf("%d %lld", &n, &k) != 2) return 1;
    std::unordered_map<long long, int> seen;
    int pairs = 0;
    for (int i = 0; i < n; i++) {
        long long value;
        if (scanf("%lld", &value) != 1) return 1;
        auto partner = seen.find(k - value);
        if (partner != seen.end()) pairs = (int)((unsigned)pairs + (unsigned)partner->second);
        seen[value]++;
    }
    printf("%d\n", pairs);
    return 0;
}
