// Three files of its own (main.cpp, math_util.cpp, math_util.h) plus judge_helpers.h, which
// the judge adds from include/cpp/: without it this does not compile.
#include "judge_helpers.h"
#include "math_util.h"

int main() {
    long long t = judge::read_int();
    while (t-- > 0) {
        long long a = judge::read_int(), b = judge::read_int();
        judge::write_int(gcd(a, b), ' ');
        judge::write_int(lcm(a, b), '\n');
    }
}
