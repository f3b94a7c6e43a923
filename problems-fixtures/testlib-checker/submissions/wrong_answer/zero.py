# 0 is not a positive integer
n = int(input())
print(0, n)
