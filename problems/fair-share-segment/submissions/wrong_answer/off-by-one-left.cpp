#include <cstdio>
#include <vector>

int main() {
    int t;
    if (scanf("%d", &t) != 1) return 1;
    while (t--) {
        int n;
        scanf("%d", &n);
        std::vector<long long> values(n);
        for (auto& value : values) scanf("%lld", &value);
        std::vector<int> first(n, -1);
        first[0] = 0;
        long long prefix = 0;
        for (int k = 1; k <= n; k++) {
            prefix = (prefix + values[k - 1]) % n;
            if (first[prefix] >= 0) {
                // P_i is the sum BEFORE child i + 1: l should be first[prefix] + 1
                int left = first[prefix] == 0 ? 1 : first[prefix];
                printf("%d %d\n", left, k);
                break;
            }
            first[prefix] = k;
        }
    }
}
