// Assigns the talks in input order to the first hall whose last talk has ended:
// without sorting, two overlapping talks can land in one hall.
#include <cstdio>
#include <vector>

int main() {
    int n;
    if (std::scanf("%d", &n) != 1) return 1;
    std::vector<int> s(n), e(n), hall(n), lastEnd;
    for (int i = 0; i < n; i++) std::scanf("%d %d", &s[i], &e[i]);
    for (int i = 0; i < n; i++) {
        int h = -1;
        for (int j = 0; j < (int)lastEnd.size() && h < 0; j++)
            if (lastEnd[j] <= s[i]) h = j;
        if (h < 0) {
            h = lastEnd.size();
            lastEnd.push_back(0);
        }
        lastEnd[h] = e[i];
        hall[i] = h + 1;
    }
    std::printf("%d\n", (int)lastEnd.size());
    for (int i = 0; i < n; i++) std::printf("%d%c", hall[i], i + 1 == n ? '\n' : ' ');
}
