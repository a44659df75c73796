/**
 * The send times of one pacing key, oldest first: a ring that doubles when full and never shifts.
 * Once it has grown to the window's size, recording a send and dropping the ones that left the
 * window allocate nothing, however large the window (an `X-RateLimit-Max` of millions included).
 */
export class SendTimes {
  private ring = new Float64Array(16);
  /** Index in `ring` of the oldest send. */
  private head = 0;
  /** How many sends are held. */
  length = 0;

  /** Records a send at `time` (never before the last one recorded). @unit milliseconds since the epoch */
  push(time: number): void {
    if (this.length === this.ring.length) this.grow();
    this.ring[(this.head + this.length) & (this.ring.length - 1)] = time;
    this.length += 1;
  }

  /** The `index`-th oldest send time (0 is the oldest); `index` must be below `length`. */
  at(index: number): number {
    return this.ring[(this.head + index) & (this.ring.length - 1)]!;
  }

  /** Drops the sends at or before `time`: those that left the window. */
  dropUntil(time: number): void {
    const mask = this.ring.length - 1;
    while (this.length > 0 && this.ring[this.head]! <= time) {
      this.head = (this.head + 1) & mask;
      this.length -= 1;
    }
  }

  private grow(): void {
    const larger = new Float64Array(this.ring.length * 2);
    for (let i = 0; i < this.length; i++) larger[i] = this.at(i);
    this.ring = larger;
    this.head = 0;
  }
}
