// Huffman's rule with a min-heap: O(n log n).
#include <cstdio>
#include <functional>
#include <queue>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    std::priority_queue<long long, std::vector<long long>, std::greater<long long>> heap;
    for (int i = 0; i < n; i++) {
        long long a;
        if (scanf("%lld", &a) != 1) return 1;
        heap.push(a);
    }
    long long total = 0;
    while (heap.size() > 1) {
        long long x = heap.top();
        heap.pop();
        long long y = heap.top();
        heap.pop();
        total += x + y;
        heap.push(x + y);
    }
    printf("%lld\n", total);
    return 0;
}
