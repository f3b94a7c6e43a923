// Huffman's rule, but the total and the pieces are 32-bit ints: they overflow on long cables.
#include <cstdio>
#include <functional>
#include <queue>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    std::priority_queue<unsigned, std::vector<unsigned>, std::greater<unsigned>> heap;
    for (int i = 0; i < n; i++) {
        unsigned a;
        if (scanf("%u", &a) != 1) return 1;
        heap.push(a);
    }
    unsigned total = 0;
    while (heap.size() > 1) {
        unsigned x = heap.top();
        heap.pop();
        unsigned y = heap.top();
        heap.pop();
        total += x + y;
        heap.push(x + y);
    }
    printf("%d\n", (int)total);
    return 0;
}
