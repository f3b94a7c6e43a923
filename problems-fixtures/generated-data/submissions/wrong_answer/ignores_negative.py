# Skips negative numbers: wrong only in the generated group secret/6-negative.
input()
print(sum(value for value in map(int, input().split()) if value > 0))
