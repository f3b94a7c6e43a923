// Runs out of memory: 1 GiB of vectors, every page written. Verdict judges it MLE; the ICPC
// and Kattis have no memory-limit verdict (the program crashes there), so a package puts it
// under run_time_error/ and MLE meets that expectation (docs/VERDICTS.md).
#include <cstdio>
#include <vector>

int main() {
    long long a, b;
    if (std::scanf("%lld %lld", &a, &b) != 2) return 1;
    std::vector<std::vector<char>> blocks;
    long long check = 0;
    for (int i = 0; i < 1024; i++) {
        blocks.emplace_back(1 << 20, static_cast<char>(i));
        check += blocks.back()[i];
    }
    std::printf("%lld\n", a + b + (check == -1));
}
