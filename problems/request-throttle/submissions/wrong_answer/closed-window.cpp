// Treats the window as closed, [t - w, t]: a request exactly w seconds ago still counts.
class Gatekeeper {
    int limit, window;
    unordered_map<string, deque<int>> accepted;

    deque<int>& recent(const string& client, int time) {
        deque<int>& q = accepted[client];
        while (!q.empty() && (long long)q.front() < (long long)time - window) q.pop_front();
        return q;
    }

public:
    Gatekeeper(int limit, int window) : limit(limit), window(window) {}

    bool request(string client, int time) {
        deque<int>& q = recent(client, time);
        if ((int)q.size() >= limit) return false;
        q.push_back(time);
        return true;
    }

    int waitUntil(string client, int time) {
        deque<int>& q = recent(client, time);
        return (int)q.size() < limit ? time : q.front() + window + 1;
    }
};
