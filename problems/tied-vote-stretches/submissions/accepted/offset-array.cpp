class Solution {
public:
    long long countTiedStretches(string votes) {
        int n = votes.size();
        // prefix values lie in [-n, n]: an array offset by n replaces the hash map
        vector<long long> seen(2 * n + 1, 0);
        int prefix = n;
        seen[prefix] = 1;
        long long tied = 0;
        for (char vote : votes) {
            prefix += vote == 'y' ? 1 : vote == 'n' ? -1 : 0;
            tied += seen[prefix]++;
        }
        return tied;
    }
};
