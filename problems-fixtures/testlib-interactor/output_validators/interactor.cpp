// A testlib interactor (Codeforces convention): guess n in [1, 1000] with at most 10 guesses.
// testlib.h lies loose beside it in output_validators/.
#include <cstdio>

#include "testlib.h"

int main(int argc, char* argv[]) {
    registerInteraction(argc, argv);
    int n = inf.readInt(1, 1000, "n");
    for (int guess = 1; guess <= 10; guess++) {
        int g = ouf.readInt(1, 1000, "guess");
        if (g == n) {
            std::printf("=\n");
            std::fflush(stdout);
            quitf(_ok, "found %d with %d guesses", n, guess);
        }
        std::printf(g < n ? ">\n" : "<\n");
        std::fflush(stdout);
    }
    quitf(_wa, "%d not found in 10 guesses", n);
}
