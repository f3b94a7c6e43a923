class FinishLine {
    priority_queue<int> low;                             // the smaller half
    priority_queue<int, vector<int>, greater<int>> high;  // the larger half

public:
    FinishLine() {}

    void add(int seconds) {
        if (low.empty() || seconds <= low.top()) low.push(seconds);
        else high.push(seconds);
        if (low.size() > high.size() + 1) {
            high.push(low.top());
            low.pop();
        } else if (high.size() > low.size()) {
            low.push(high.top());
            high.pop();
        }
    }

    int median() { return low.top(); }
};
