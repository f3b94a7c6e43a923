# Imports its own helper.py and judgelib.py, which the judge adds from include/python3/.
from helper import gcd, lcm
from judgelib import read_ints, write_lines

numbers = read_ints()
t = numbers[0]
pairs = zip(numbers[1 : 2 * t + 1 : 2], numbers[2 : 2 * t + 2 : 2])
write_lines(f"{gcd(a, b)} {lcm(a, b)}" for a, b in pairs)
