// testlib convention: exit 0 when the input is valid.
#include "testlib.h"

int main(int argc, char* argv[]) {
    registerValidation(argc, argv);
    inf.readLong(2, 1000000000LL, "n");
    inf.readEoln();
    inf.readEof();
    quitf(_ok, "valid");
}
