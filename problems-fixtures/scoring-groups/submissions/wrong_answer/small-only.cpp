// Right on group1 (30 points), wrong on group2: prints 0 when n > 10^6. Its verdict is WA with
// a score of 30; a failing test makes a wrong answer whatever it scored (docs/VERDICTS.md), and
// partially_accepted/ is for the submissions whose folder is about their score.
#include <cstdio>

int main() {
    long long n;
    if (std::scanf("%lld", &n) != 1) return 1;
    if (n > 1000000) {
        std::printf("0\n");
        return 0;
    }
    long long total = 0;
    for (long long k = 1; k <= n; k++) total += n / k;
    std::printf("%lld\n", total);
}
