// A small testlib-compatible header written for Verdict's fixtures: the subset of the
// Codeforces/Polygon testlib API these checkers use, with testlib's exit codes
// (0 ok, 1 wrong answer, 2 presentation error, 3 fail). Real packages ship the full testlib.h.
// This copy adds registerGen and rnd for the Polygon fixture's generator.
#pragma once
#include <cctype>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <string>

enum TResult { _ok = 0, _wa = 1, _pe = 2, _fail = 3 };

[[noreturn]] inline void quitf(TResult result, const char* format, ...) {
    static const char* names[] = {"ok", "wrong answer", "wrong output format", "FAIL"};
    std::fprintf(stderr, "%s ", names[result]);
    va_list args;
    va_start(args, format);
    std::vfprintf(stderr, format, args);
    va_end(args);
    std::fprintf(stderr, "\n");
    std::exit(result);
}

class InStream {
  public:
    FILE* file = nullptr;
    TResult onError = _fail;
    bool strict = false;

    void open(FILE* from, TResult error, bool strictMode) {
        file = from;
        onError = error;
        strict = strictMode;
    }
    int peek() {
        int c = std::getc(file);
        if (c != EOF) std::ungetc(c, file);
        return c;
    }
    void skipBlanks() {
        if (strict) return;
        while (std::isspace(peek())) std::getc(file);
    }
    std::string readToken() {
        skipBlanks();
        std::string token;
        while (peek() != EOF && !std::isspace(peek())) token += char(std::getc(file));
        if (token.empty()) quitf(onError, "expected a token, found %s", peek() == EOF ? "end of file" : "a blank");
        return token;
    }
    long long readLong(long long low, long long high, const char* name) {
        std::string token = readToken();
        char* end = nullptr;
        long long value = std::strtoll(token.c_str(), &end, 10);
        if (*end != '\0' || token == "-" || (token.size() > 1 && token[0] == '0'))
            quitf(onError, "%s: expected an integer, found \"%s\"", name, token.c_str());
        if (value < low || value > high)
            quitf(onError, "%s = %lld is not in [%lld, %lld]", name, value, low, high);
        return value;
    }
    int readInt(int low, int high, const char* name) { return int(readLong(low, high, name)); }
    void expect(char wanted, const char* what) {
        int c = std::getc(file);
        if (c != wanted) quitf(onError, "expected %s", what);
    }
    void readSpace() { expect(' ', "a space"); }
    void readEoln() { expect('\n', "end of line"); }
    bool seekEof() {
        skipBlanks();
        while (std::isspace(peek())) std::getc(file);
        return peek() == EOF;
    }
    void readEof() {
        if ((strict ? peek() : (skipBlanks(), peek())) != EOF) quitf(onError, "expected end of file");
    }
};

inline InStream inf, ouf, ans;

inline FILE* openOrFail(const char* path) {
    FILE* file = std::fopen(path, "r");
    if (!file) quitf(_fail, "cannot open %s", path);
    return file;
}

/** A checker: checker <input> <output> <answer>. */
inline void registerTestlibCmd(int argc, char* argv[]) {
    if (argc < 4) quitf(_fail, "usage: %s <input> <output> <answer>", argv[0]);
    inf.open(openOrFail(argv[1]), _fail, false);
    ouf.open(openOrFail(argv[2]), _wa, false);
    ans.open(openOrFail(argv[3]), _fail, false);
}

/** An interactor: interactor <input> <output> [answer]; the program's output is on standard input. */
inline void registerInteraction(int argc, char* argv[]) {
    if (argc < 3) quitf(_fail, "usage: %s <input> <output> [answer]", argv[0]);
    inf.open(openOrFail(argv[1]), _fail, false);
    ouf.open(stdin, _wa, false);
    if (argc > 3) ans.open(openOrFail(argv[3]), _fail, false);
}

/** An input validator: reads the input strictly from standard input. */
inline void registerValidation(int, char*[]) { inf.open(stdin, _fail, true); }

/** A generator's random numbers: seeded from its arguments, as testlib's registerGen does. */
class Random {
  public:
    unsigned long long state = 0x9E3779B97F4A7C15ULL;
    unsigned long long nextBits() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    }
    /** A number in [low, high]. */
    long long next(long long low, long long high) {
        return low + (long long)(nextBits() % (unsigned long long)(high - low + 1));
    }
};

inline Random rnd;

/** A generator: the seed depends on every argument, so the same command makes the same test. */
inline void registerGen(int argc, char* argv[], int) {
    for (int i = 1; i < argc; i++)
        for (const char* c = argv[i]; *c; c++) rnd.state = (rnd.state ^ (unsigned char)*c) * 0x100000001B3ULL + 1;
    for (int i = 0; i < 8; i++) rnd.nextBits();
}

#define ensuref(condition, ...) \
    do { \
        if (!(condition)) quitf(_wa, __VA_ARGS__); \
    } while (0)
