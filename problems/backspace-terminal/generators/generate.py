#!/usr/bin/env python3
"""Writes data/ of backspace-terminal: `python3 generators/generate.py` from anywhere.

Deterministic (fixed seed). Answers come from a stack simulation, cross-checked against a
literal string-rewriting simulation on small inputs.
"""
import json
import os
import random
import re

random.seed(20261131)
MAX_N = 2 * 10**5
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")


def solve(keys):
    stack = []
    for key in keys:
        if key == "<":
            if stack:
                stack.pop()
        elif key == "!":
            while stack and stack[-1] == " ":
                stack.pop()
            while stack and stack[-1] != " ":
                stack.pop()
        else:
            stack.append(key)
    return "".join(stack)


def brute(keys):
    text = ""
    for key in keys:
        if key == "<":
            text = text[:-1]
        elif key == "!":
            text = re.sub(r"[a-z]* *$", "", text, count=1)
        else:
            text += key
    return text


def check():
    for _ in range(3000):
        keys = "".join(random.choice("ab  <!") for _ in range(random.randint(1, 15)))
        assert solve(keys) == brute(keys), keys


def write(folder, name, keys):
    assert 1 <= len(keys) <= MAX_N and re.fullmatch(r"[a-z <!]+", keys)
    with open(os.path.join(ROOT, folder, name + ".in"), "w") as f:
        f.write(json.dumps([keys]) + "\n")
    with open(os.path.join(ROOT, folder, name + ".ans"), "w") as f:
        f.write(json.dumps(solve(keys)) + "\n")


def typing(n, weights):
    keys = random.choices("abcdefghijklmnopqrstuvwxyz <!", weights=weights, k=n)
    return "".join(keys)


def main():
    check()
    for folder in ("sample", "secret"):
        os.makedirs(os.path.join(ROOT, folder), exist_ok=True)
        for name in os.listdir(os.path.join(ROOT, folder)):
            os.remove(os.path.join(ROOT, folder, name))
    write("sample", "1", "cat<<ow")
    write("sample", "2", "hello wrold!world")
    write("sample", "3", "go on  !!x")
    write("sample", "4", "<<!a")
    write("secret", "01-one-letter", "z")
    write("secret", "02-only-erasers", "<!<<!!")
    write("secret", "03-spaces-kept", "  a  ")
    write("secret", "04-erase-everything", "abc def!!")
    write("secret", "05-trailing-spaces-first", "one two   !three")
    write("secret", "06-word-then-backspace", "ab cd!<x")
    write("secret", "07-small-random", typing(300, [1] * 26 + [8, 6, 3]))
    # a long text kept long while erasers keep hitting its end
    write("secret", "08-long-text-many-backspaces", "a" * 100_000 + "<b" * 50_000)
    write("secret", "09-long-word-erased-often", "x" * 99_990 + " y!" * 33_336)
    write("secret", "10-random-large", typing(MAX_N, [1] * 26 + [10, 12, 2]))
    write("secret", "11-spaces-heavy", typing(MAX_N, [1] * 26 + [40, 5, 5]))


main()
