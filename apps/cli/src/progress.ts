/**
 * A one-line progress bar on stderr when it is a terminal; plain lines otherwise, so logs of
 * CI runs stay readable.
 */
export class Progress {
  private readonly tty = process.stderr.isTTY === true;
  private lastLine = '';

  constructor(private readonly enabled: boolean) {}

  update(done: number, total: number, label: string): void {
    if (!this.enabled || !this.tty) return;
    const width = 24;
    const filled = total > 0 ? Math.round((done / total) * width) : 0;
    const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label}`;
    const columns = process.stderr.columns ?? 100;
    this.lastLine = bar.slice(0, columns - 1);
    process.stderr.write(`\r\x1b[2K${this.lastLine}`);
  }

  /** A line that stays (on a terminal it is printed above the bar). */
  log(line: string): void {
    if (!this.enabled) return;
    if (this.tty) process.stderr.write(`\r\x1b[2K${line}\n${this.lastLine}`);
    else process.stderr.write(`${line}\n`);
  }

  done(): void {
    if (this.enabled && this.tty) process.stderr.write('\r\x1b[2K');
  }
}
