#include <stdio.h>

int main(void) {
    // Read the input with scanf, e.g.:
    //   long long n;
    //   if (scanf("%lld", &n) != 1) return 1;

    // Write the answer with printf.
    return 0;
}
