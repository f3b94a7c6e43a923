class Solution {
public:
    int widestSpacing(vector<int>& posts, int boxes) {
        sort(posts.begin(), posts.end());
        auto fits = [&](int d) {
            int count = 1, last = posts[0];
            for (int x : posts)
                if (x - last >= d) {
                    count++;
                    last = x;
                }
            return count >= boxes;
        };
        int lo = 1, hi = (posts.back() - posts.front()) / (boxes - 1);
        while (lo < hi) {
            int mid = lo + (hi - lo + 1) / 2;
            if (fits(mid)) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }
};
