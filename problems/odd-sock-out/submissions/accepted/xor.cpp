class Solution {
public:
    int loneSock(vector<int>& socks) {
        int result = 0;
        for (int x : socks) result ^= x;
        return result;
    }
};
