"""Huffman's rule: always splice the two shortest pieces. O(n log n)."""
import heapq
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
heap = list(map(int, data[1 : 1 + n]))
heapq.heapify(heap)
total = 0
while len(heap) > 1:
    merged = heapq.heappop(heap) + heapq.heappop(heap)
    total += merged
    heapq.heappush(heap, merged)
print(total)
