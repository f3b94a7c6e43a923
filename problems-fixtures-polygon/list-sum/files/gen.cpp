// Generator: gen <n> <max value> <seed word>; prints n numbers in [0, max value].
#include <cstdio>
#include <cstdlib>
#include "testlib.h"

int main(int argc, char* argv[]) {
    registerGen(argc, argv, 1);
    long long n = std::atoll(argv[1]);
    long long high = std::atoll(argv[2]);
    std::printf("%lld\n", n);
    for (long long i = 0; i < n; i++) std::printf(i + 1 < n ? "%lld " : "%lld\n", rnd.next(0, high));
}
