// Checker in the manner of testlib's std::ncmp: the one number printed must be the answer's.
#include <climits>
#include "testlib.h"

int main(int argc, char* argv[]) {
    registerTestlibCmd(argc, argv);
    long long expected = ans.readLong(LLONG_MIN, LLONG_MAX, "answer");
    long long got = ouf.readLong(LLONG_MIN, LLONG_MAX, "sum");
    ensuref(got == expected, "expected %lld, found %lld", expected, got);
    if (!ouf.seekEof()) quitf(_pe, "extra output after the sum");
    quitf(_ok, "%lld", got);
}
