"""gcd and lcm, written out (math.gcd would do)."""


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def lcm(a, b):
    return a // gcd(a, b) * b
