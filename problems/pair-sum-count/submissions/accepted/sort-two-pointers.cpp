// Sort, then walk inwards from both ends; equal runs are counted as blocks. O(n log n).
#include <algorithm>
#include <iostream>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n;
    long long k;
    std::cin >> n >> k;
    std::vector<long long> a(n);
    for (auto& value : a) std::cin >> value;
    std::sort(a.begin(), a.end());
    long long pairs = 0;
    int lo = 0, hi = n - 1;
    while (lo < hi) {
        long long sum = a[lo] + a[hi];
        if (sum < k) {
            lo++;
        } else if (sum > k) {
            hi--;
        } else if (a[lo] == a[hi]) {
            long long run = hi - lo + 1;
            pairs += run * (run - 1) / 2;
            break;
        } else {
            long long left = 1, right = 1;
            while (lo + 1 < hi && a[lo + 1] == a[lo]) lo++, left++;
            while (hi - 1 > lo && a[hi - 1] == a[hi]) hi--, right++;
            pairs += left * right;
            lo++;
            hi--;
        }
    }
    std::cout << pairs << '\n';
    return 0;
}
