#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n;
    long long budget;
    if (scanf("%d %lld", &n, &budget) != 2) return 1;
    std::vector<long long> prices(n);
    for (auto& price : prices) scanf("%lld", &price);
    std::sort(prices.begin(), prices.end());
    long long pairs = 0;
    for (int i = 0, j = n - 1; i < j;) {
        if (prices[i] + prices[j] <= budget) {
            pairs += j - i;
            i++;
        } else {
            j--;
        }
    }
    printf("%lld\n", pairs);
}
