/* @EXPECTED_RESULTS@: WRONG-ANSWER */
#include <stdio.h>

int main(void) {
    int n;
    scanf("%d", &n);
    printf("%d\n", (int)((unsigned)n * (unsigned)(n + 1) / 2u));
    return 0;
}
