// Does not build: math_util.h declares gcd and lcm, but math_util.cpp is missing, so linking
// fails (undefined reference).
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
