# a presentation error in testlib terms, wrong answer here
n = int(input())
print(1, n - 1, 5)
