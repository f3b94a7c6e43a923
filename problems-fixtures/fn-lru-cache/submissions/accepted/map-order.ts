class LRUCache {
    private items = new Map<number, number>();

    constructor(private capacity: number) {}

    get(key: number): number {
        const value = this.items.get(key);
        if (value === undefined) return -1;
        this.items.delete(key);
        this.items.set(key, value);
        return value;
    }

    put(key: number, value: number): void {
        this.items.delete(key);
        this.items.set(key, value);
        if (this.items.size > this.capacity) this.items.delete(this.items.keys().next().value as number);
    }
}
