// Balances only the sizes: a new time always enters the smaller half, wherever it belongs.
class FinishLine {
    priority_queue<int> low;
    priority_queue<int, vector<int>, greater<int>> high;

public:
    FinishLine() {}

    void add(int seconds) {
        if (low.size() <= high.size()) low.push(seconds);
        else high.push(seconds);
    }

    int median() { return low.top(); }
};
