// Right spot, but the distances are added in a 32-bit int.
class Solution {
public:
    long long minTotalWalk(vector<int>& homes) {
        sort(homes.begin(), homes.end());
        int p = homes[(homes.size() - 1) / 2];
        int total = 0;
        for (int h : homes) total += (int)llabs((long long)h - p);
        return total;
    }
};
