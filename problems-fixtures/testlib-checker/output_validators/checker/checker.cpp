// Any a, b >= 1 with a + b = n is right (testlib convention: checker input output answer).
#include "testlib.h"

int main(int argc, char* argv[]) {
    registerTestlibCmd(argc, argv);
    long long n = inf.readLong(2, 1000000000LL, "n");
    long long a = ouf.readLong(1, n, "a");
    long long b = ouf.readLong(1, n, "b");
    ensuref(a + b == n, "%lld + %lld is not %lld", a, b, n);
    if (!ouf.seekEof()) quitf(_pe, "extra output after a and b");
    quitf(_ok, "%lld = %lld + %lld", n, a, b);
}
