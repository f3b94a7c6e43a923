# Python 2, which Kattis still lists and Verdict does not run: verify must report it as
# unsupported ("Python 2 is not supported"), not as a compile error of this package.
a, b = map(int, raw_input().split())
print a + b
