class Gatekeeper {
    private final int limit;
    private final int window;
    private final Map<String, ArrayDeque<Integer>> accepted = new HashMap<>();

    public Gatekeeper(int limit, int window) {
        this.limit = limit;
        this.window = window;
    }

    private ArrayDeque<Integer> recent(String client, int time) {
        ArrayDeque<Integer> q = accepted.computeIfAbsent(client, k -> new ArrayDeque<>());
        while (!q.isEmpty() && (long) q.peekFirst() <= (long) time - window) q.pollFirst();
        return q;
    }

    public boolean request(String client, int time) {
        ArrayDeque<Integer> q = recent(client, time);
        if (q.size() >= limit) return false;
        q.addLast(time);
        return true;
    }

    public int waitUntil(String client, int time) {
        ArrayDeque<Integer> q = recent(client, time);
        return q.size() < limit ? time : q.peekFirst() + window;
    }
}
