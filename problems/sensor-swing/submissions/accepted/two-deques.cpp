class Solution {
public:
    vector<int> windowSwings(vector<int>& readings, int width) {
        deque<int> high, low;
        vector<int> swings;
        for (int i = 0; i < (int)readings.size(); i++) {
            while (!high.empty() && readings[high.back()] <= readings[i]) high.pop_back();
            while (!low.empty() && readings[low.back()] >= readings[i]) low.pop_back();
            high.push_back(i);
            low.push_back(i);
            if (high.front() <= i - width) high.pop_front();
            if (low.front() <= i - width) low.pop_front();
            if (i >= width - 1) swings.push_back(readings[high.front()] - readings[low.front()]);
        }
        return swings;
    }
};
