#include <cstdio>
#include <deque>
#include <vector>

int main() {
    int n;
    long long k;
    if (scanf("%d %lld", &n, &k) != 2) return 1;
    std::vector<long long> prefix(n + 1, 0);
    for (int i = 0; i < n; i++) {
        long long value;
        scanf("%lld", &value);
        prefix[i + 1] = prefix[i] + value;
    }
    std::deque<int> starts;
    int best = n + 1;
    for (int j = 0; j <= n; j++) {
        while (!starts.empty() && prefix[j] - prefix[starts.front()] >= k) {
            best = std::min(best, j - starts.front());
            starts.pop_front();
        }
        while (!starts.empty() && prefix[starts.back()] >= prefix[j]) starts.pop_back();
        starts.push_back(j);
    }
    printf("%d\n", best <= n ? best : -1);
}
