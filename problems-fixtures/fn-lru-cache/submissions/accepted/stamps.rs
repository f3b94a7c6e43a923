use std::collections::{BTreeMap, HashMap};

struct LRUCache {
    capacity: usize,
    clock: u64,
    values: HashMap<i32, (i32, u64)>,
    by_use: BTreeMap<u64, i32>,
}

impl LRUCache {
    fn new(capacity: i32) -> Self {
        LRUCache { capacity: capacity as usize, clock: 0, values: HashMap::new(), by_use: BTreeMap::new() }
    }

    fn touch(&mut self, key: i32, value: i32) {
        if let Some((_, used)) = self.values.get(&key) {
            self.by_use.remove(used);
        }
        self.clock += 1;
        self.values.insert(key, (value, self.clock));
        self.by_use.insert(self.clock, key);
    }

    fn get(&mut self, key: i32) -> i32 {
        match self.values.get(&key) {
            Some(&(value, _)) => {
                self.touch(key, value);
                value
            }
            None => -1,
        }
    }

    fn put(&mut self, key: i32, value: i32) {
        self.touch(key, value);
        if self.values.len() > self.capacity {
            let (&used, &oldest) = self.by_use.iter().next().unwrap();
            self.by_use.remove(&used);
            self.values.remove(&oldest);
        }
    }
}
