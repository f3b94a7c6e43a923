# Too much memory: a list of 2^30 references (8 GiB). Filling it writes every page, so the
# memory is really used (or the allocation fails at once with MemoryError).
a, b = map(int, input().split())
numbers = [a] * (1 << 30)
print(numbers[-1] + b)
