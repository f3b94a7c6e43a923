#include "validate.h"

int main() {
    readNumber(0, 1000000000);
    expectChar(' ');
    readNumber(0, 1000000000);
    expectChar('\n');
    if (std::getchar() != EOF) fail("trailing data");
    return 42;
}
