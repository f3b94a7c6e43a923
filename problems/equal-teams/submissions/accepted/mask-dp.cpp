class Solution {
public:
    bool canFormTeams(vector<int>& times, int teams) {
        int n = times.size();
        long long total = 0;
        for (int t : times) total += t;
        if (n % teams || total % teams) return false;
        int size = n / teams;
        long long target = total / teams;
        // teams are filled in order, so the set of placed runners fixes everything else
        vector<long long> sum(1 << n, 0);
        for (int mask = 1; mask < (1 << n); mask++) {
            int low = __builtin_ctz(mask);
            sum[mask] = sum[mask & (mask - 1)] + times[low];
        }
        vector<char> reach(1 << n, 0);
        reach[0] = 1;
        for (int mask = 0; mask < (1 << n); mask++) {
            if (!reach[mask]) continue;
            int used = __builtin_popcount(mask);
            int inTeam = used % size;
            long long current = sum[mask] - (long long)(used / size) * target;
            for (int i = 0; i < n; i++) {
                if (mask >> i & 1) continue;
                long long next = current + times[i];
                if (next > target || (inTeam + 1 == size && next != target)) continue;
                reach[mask | 1 << i] = 1;
            }
        }
        return reach[(1 << n) - 1];
    }
};
