# One file, but it needs judgelib.py from include/python3/.
from math import gcd

from judgelib import read_ints, write_lines

numbers = read_ints()
write_lines(
    f"{gcd(a, b)} {a // gcd(a, b) * b}" for a, b in zip(numbers[1::2], numbers[2::2])
)
