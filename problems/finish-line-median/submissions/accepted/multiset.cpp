// A multiset with an iterator kept on the announced time, moved one step per insertion.
class FinishLine {
    multiset<int> times;
    multiset<int>::iterator middle;

public:
    FinishLine() {}

    void add(int seconds) {
        times.insert(seconds);
        if (times.size() == 1) {
            middle = times.begin();
            return;
        }
        // equal times go after the existing ones (upper bound), so they count as larger
        bool below = seconds < *middle;
        if (times.size() % 2 == 1 && !below) ++middle;
        else if (times.size() % 2 == 0 && below) --middle;
    }

    int median() { return *middle; }
};
