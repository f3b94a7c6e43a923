"""Shared by the generators: a seeded random list."""
import random


def numbers(count, seed, negative):
    rng = random.Random(seed)
    low = -(10**9) if negative else 0
    return [rng.randint(low, 10**9) for _ in range(count)]
