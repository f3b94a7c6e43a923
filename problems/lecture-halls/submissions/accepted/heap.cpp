#include <algorithm>
#include <cstdio>
#include <functional>
#include <numeric>
#include <queue>
#include <vector>

int main() {
    int n;
    if (std::scanf("%d", &n) != 1) return 1;
    std::vector<int> s(n), e(n);
    for (int i = 0; i < n; i++) std::scanf("%d %d", &s[i], &e[i]);
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return s[a] < s[b]; });
    using Busy = std::pair<int, int>;  // (end, hall)
    std::priority_queue<Busy, std::vector<Busy>, std::greater<Busy>> busy;
    std::vector<int> hall(n);
    int count = 0;
    for (int i : order) {
        int h;
        if (!busy.empty() && busy.top().first <= s[i]) {
            h = busy.top().second;
            busy.pop();
        } else {
            h = ++count;
        }
        hall[i] = h;
        busy.push({e[i], h});
    }
    std::printf("%d\n", count);
    for (int i = 0; i < n; i++) std::printf("%d%c", hall[i], i + 1 == n ? '\n' : ' ');
}
