/** The crawl frontier: each path once, at most `maxPages` pages; what did not fit is counted. */
export class CrawlQueue {
  private readonly seen = new Set<string>();
  private pending: string[] = [];
  private head = 0;
  private accepted = 0;
  private overLimit = 0;
  private readonly overLimitSample: string[] = [];

  constructor(
    readonly maxPages: number,
    private readonly sampleSize = 20,
  ) {
    if (!Number.isInteger(maxPages) || maxPages < 1) throw new Error(`maxPages must be a positive integer, got ${maxPages}`);
  }

  /** Queues `path` unless already seen; beyond the limit it is only counted. True when queued. */
  add(path: string): boolean {
    if (this.seen.has(path)) return false;
    this.seen.add(path);
    if (this.accepted >= this.maxPages) {
      this.overLimit += 1;
      if (this.overLimitSample.length < this.sampleSize) this.overLimitSample.push(path);
      return false;
    }
    this.accepted += 1;
    this.pending.push(path);
    return true;
  }

  /** The next path to fetch, first in first out; undefined when none is waiting. */
  next(): string | undefined {
    const path = this.pending[this.head];
    if (path === undefined) return undefined;
    this.head += 1;
    if (this.head >= 4096 && this.head * 2 >= this.pending.length) {
      this.pending = this.pending.slice(this.head);
      this.head = 0;
    }
    return path;
  }

  get waiting(): number {
    return this.pending.length - this.head;
  }

  /** Pages dropped because of the limit: how many, and the first few. */
  skipped(): { count: number; sample: string[] } {
    return { count: this.overLimit, sample: [...this.overLimitSample] };
  }
}
