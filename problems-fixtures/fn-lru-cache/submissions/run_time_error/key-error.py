# Crashes: get() on a missing key raises KeyError instead of returning -1.
class LRUCache:

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.items = {}

    def get(self, key: int) -> int:
        value = self.items.pop(key)
        self.items[key] = value
        return value

    def put(self, key: int, value: int) -> None:
        self.items.pop(key, None)
        self.items[key] = value
        if len(self.items) > self.capacity:
            del self.items[next(iter(self.items))]
