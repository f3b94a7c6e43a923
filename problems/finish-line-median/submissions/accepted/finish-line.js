class Heap {
  /** @param {(a: number, b: number) => boolean} before */
  constructor(before) {
    this.items = [];
    this.before = before;
  }

  get size() {
    return this.items.length;
  }

  top() {
    return this.items[0];
  }

  push(value) {
    const items = this.items;
    items.push(value);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(items[i], items[parent])) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }

  pop() {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < items.length && this.before(items[l], items[best])) best = l;
        if (r < items.length && this.before(items[r], items[best])) best = r;
        if (best === i) break;
        [items[i], items[best]] = [items[best], items[i]];
        i = best;
      }
    }
    return top;
  }
}

// biome-ignore lint/correctness/noUnusedVariables: the judge's driver calls it
class FinishLine {
  constructor() {
    this.low = new Heap((a, b) => a > b);
    this.high = new Heap((a, b) => a < b);
  }

  /**
   * @param {number} seconds
   * @return {void}
   */
  add(seconds) {
    if (this.low.size === 0 || seconds <= this.low.top()) this.low.push(seconds);
    else this.high.push(seconds);
    if (this.low.size > this.high.size + 1) this.high.push(this.low.pop());
    else if (this.high.size > this.low.size) this.low.push(this.high.pop());
  }

  /**
   * @return {number}
   */
  median() {
    return this.low.top();
  }
}
