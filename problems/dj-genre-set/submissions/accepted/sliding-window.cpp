class Solution {
public:
    int longestSet(string genres, int limit) {
        int counts[26] = {0};
        int present = 0, left = 0, best = 0;
        for (int right = 0; right < (int)genres.size(); right++) {
            if (counts[genres[right] - 'a']++ == 0) present++;
            while (present > limit)
                if (--counts[genres[left++] - 'a'] == 0) present--;
            best = max(best, right - left + 1);
        }
        return best;
    }
};
