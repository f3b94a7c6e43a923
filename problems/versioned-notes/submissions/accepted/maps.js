// biome-ignore lint/correctness/noUnusedVariables: the judge's driver calls it
class Notebook {
  constructor() {
    this.notes = new Map();
  }

  /** Number of versions saved at a time at most t. */
  static atMost(times, t) {
    let lo = 0;
    let hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (times[mid] <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  save(title, text, time) {
    if (!this.notes.has(title)) this.notes.set(title, { times: [], texts: [] });
    const note = this.notes.get(title);
    note.times.push(time);
    note.texts.push(text);
  }

  recall(title, time) {
    const note = this.notes.get(title);
    if (!note) return '';
    const k = Notebook.atMost(note.times, time);
    return k === 0 ? '' : note.texts[k - 1];
  }

  countBetween(title, fromTime, toTime) {
    const note = this.notes.get(title);
    if (!note) return 0;
    return Notebook.atMost(note.times, toTime) - Notebook.atMost(note.times, fromTime - 1);
  }
}
