// Added by the judge to every C++ submission of this problem (include/cpp/): a fast reader
// and writer of integers on stdin/stdout. Use it with #include "judge_helpers.h".
#pragma once

#include <cstdio>

namespace judge {

inline int next_char() {
    static char buffer[1 << 16];
    static size_t length = 0, position = 0;
    if (position == length) {
        length = std::fread(buffer, 1, sizeof buffer, stdin);
        position = 0;
        if (length == 0) return EOF;
    }
    return buffer[position++];
}

// The next integer on stdin (optional minus sign); 0 at end of input.
inline long long read_int() {
    int c = next_char();
    while (c == ' ' || c == '\n' || c == '\r' || c == '\t') c = next_char();
    bool negative = c == '-';
    if (negative) c = next_char();
    long long value = 0;
    for (; c >= '0' && c <= '9'; c = next_char()) value = value * 10 + (c - '0');
    return negative ? -value : value;
}

// Writes an integer followed by `end` (a space or a newline).
inline void write_int(long long value, char end) {
    std::printf("%lld%c", value, end);
}

}  // namespace judge
