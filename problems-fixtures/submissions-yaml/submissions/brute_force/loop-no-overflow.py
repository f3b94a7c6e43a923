# never wrong, only slow
n = int(input())
print(sum(range(n + 1)))
