class Solution {
public:
    vector<int> planSemesters(int n, vector<vector<int>>& prerequisites) {
        vector<vector<int>> after(n);
        vector<int> waiting(n, 0), semester(n, 1), queue;
        for (auto& edge : prerequisites) {
            after[edge[0]].push_back(edge[1]);
            waiting[edge[1]]++;
        }
        for (int v = 0; v < n; v++)
            if (waiting[v] == 0) queue.push_back(v);
        for (size_t head = 0; head < queue.size(); head++) {
            int a = queue[head];
            for (int b : after[a]) {
                semester[b] = max(semester[b], semester[a] + 1);
                if (--waiting[b] == 0) queue.push_back(b);
            }
        }
        if ((int)queue.size() < n) return {};
        return semester;
    }
};
