# Keeps the numbers in a fixed array of two: an IndexError on every case with n > 2.
n = int(input())
values = [0, 0]
for index, value in enumerate(map(int, input().split())):
    values[index] = value
print(sum(values))
