// big N SEED: N numbers near 10^9, so that their sum needs 64 bits.
#include <cstdio>
#include <cstdlib>
#include "rng.h"

int main(int argc, char **argv) {
    int n = std::atoi(argv[1]);
    Rng rng{std::strtoull(argv[2], nullptr, 10)};
    std::printf("%d\n", n);
    for (int i = 0; i < n; i++) std::printf("%s%llu", i ? " " : "", 900000000ULL + rng.next() % 100000001ULL);
    std::printf("\n");
}
