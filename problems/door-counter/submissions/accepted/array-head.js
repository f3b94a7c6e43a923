// an array with a moving head index: shift() would make each pop O(n)
// biome-ignore lint/correctness/noUnusedVariables: the judge's driver calls it
class DoorCounter {
  constructor(window) {
    this.window = window;
    this.times = [];
    this.head = 0;
  }

  arrive(time) {
    this.times.push(time);
    return this.recent(time);
  }

  recent(time) {
    while (this.head < this.times.length && this.times[this.head] <= time - this.window) this.head++;
    return this.times.length - this.head;
  }
}
