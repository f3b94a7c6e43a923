class Notebook {
    unordered_map<string, vector<pair<int, string>>> notes;

    // number of versions of `title` saved at a time at most t
    static int atMost(const vector<pair<int, string>>& versions, int t) {
        int lo = 0, hi = versions.size();
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (versions[mid].first <= t) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

public:
    Notebook() {}

    void save(string title, string text, int time) { notes[title].emplace_back(time, text); }

    string recall(string title, int time) {
        auto found = notes.find(title);
        if (found == notes.end()) return "";
        int k = atMost(found->second, time);
        return k == 0 ? "" : found->second[k - 1].second;
    }

    int countBetween(string title, int fromTime, int toTime) {
        auto found = notes.find(title);
        if (found == notes.end()) return 0;
        return atMost(found->second, toTime) - atMost(found->second, fromTime - 1);
    }
};
