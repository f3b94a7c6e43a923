class DoorCounter {
    long long window;
    queue<long long> times;

public:
    DoorCounter(int window) : window(window) {}

    int arrive(int time) {
        times.push(time);
        return recent(time);
    }

    int recent(int time) {
        while (!times.empty() && times.front() <= time - window) times.pop();
        return (int)times.size();
    }
};
