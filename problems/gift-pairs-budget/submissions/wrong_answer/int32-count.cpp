#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n, budget;
    if (scanf("%d %d", &n, &budget) != 2) return 1;
    std::vector<int> prices(n);
    for (auto& price : prices) scanf("%d", &price);
    std::sort(prices.begin(), prices.end());
    int pairs = 0;  // C(10^5, 2) does not fit
    for (int i = 0, j = n - 1; i < j;) {
        if (prices[i] + prices[j] <= budget) {
            pairs += j - i;
            i++;
        } else {
            j--;
        }
    }
    printf("%d\n", pairs);
}
