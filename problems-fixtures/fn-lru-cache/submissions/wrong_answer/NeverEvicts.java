// Wrong: never evicts anything.
class LRUCache {
    private final Map<Integer, Integer> items = new HashMap<>();

    public LRUCache(int capacity) {}

    public int get(int key) {
        return items.getOrDefault(key, -1);
    }

    public void put(int key, int value) {
        items.put(key, value);
    }
}
