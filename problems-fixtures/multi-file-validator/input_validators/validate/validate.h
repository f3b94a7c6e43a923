// Reads the input strictly: numbers in a range, single spaces, newlines.
#pragma once
#include <cstdio>
#include <cstdlib>

inline void fail(const char* what) {
    std::fprintf(stderr, "invalid: %s\n", what);
    std::exit(43);
}

inline long long readNumber(long long low, long long high) {
    long long value = 0;
    int digits = 0, c;
    while ((c = std::getchar()) >= '0' && c <= '9') {
        if (digits > 0 && value == 0) fail("leading zero");
        value = value * 10 + (c - '0');
        if (++digits > 12) fail("too many digits");
    }
    if (digits == 0) fail("expected a number");
    std::ungetc(c, stdin);
    if (value < low || value > high) fail("out of range");
    return value;
}

inline void expectChar(char wanted) {
    if (std::getchar() != wanted) fail("unexpected character");
}
