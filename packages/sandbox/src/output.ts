import type { Readable } from 'node:stream';

/** Collects a stream up to a byte cap; past it, keeps nothing more and calls `onOverflow` once. */
export class CappedOutput {
  private readonly chunks: Buffer[] = [];
  private size = 0;
  truncated = false;

  constructor(
    private readonly capBytes: number,
    private readonly onOverflow: () => void,
  ) {}

  attach(stream: Readable): void {
    stream.on('data', (chunk: Buffer) => this.push(chunk));
    // a program that closes its end early must not turn into a host error
    stream.on('error', () => {});
  }

  private push(chunk: Buffer): void {
    if (this.truncated) return;
    const room = this.capBytes - this.size;
    if (chunk.length <= room) {
      this.chunks.push(chunk);
      this.size += chunk.length;
      return;
    }
    if (room > 0) this.chunks.push(chunk.subarray(0, room));
    this.size = this.capBytes;
    this.truncated = true;
    this.onOverflow();
  }

  text(): string {
    return Buffer.concat(this.chunks, this.size).toString('utf8');
  }
}
