/**
 * Hybrid logical clock (the scheme Actual Budget and CRDT sync use): wall-clock millis, a counter for events
 * in the same millisecond or when the wall clock goes backwards, and the device id as a tie-breaker.
 * Its string form sorts lexically in causal order, which is what per-field last-writer-wins needs.
 */
export interface Timestamp {
  millis: number;
  counter: number;
  node: string;
}

let isoCache = { millis: -1, iso: '' };

export function formatHlc(t: Timestamp): string {
  // Bulk writes tick thousands of times per millisecond: format the date part once per millisecond.
  if (isoCache.millis !== t.millis) isoCache = { millis: t.millis, iso: new Date(t.millis).toISOString() };
  return `${isoCache.iso}-${t.counter.toString(16).toUpperCase().padStart(4, '0')}-${t.node}`;
}

export function parseHlc(s: string): Timestamp | null {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9A-F]{4})-(.+)$/.exec(s);
  if (!m) return null;
  return { millis: Date.parse(m[1]), counter: parseInt(m[2], 16), node: m[3] };
}

export class HybridClock {
  private last: Timestamp;
  constructor(
    readonly node: string,
    last?: string | null,
    private readonly now: () => number = Date.now,
  ) {
    this.last = (last && parseHlc(last)) || { millis: 0, counter: 0, node };
  }

  /** A timestamp for a local change. */
  tick(): string {
    const phys = this.now();
    if (phys > this.last.millis) this.last = { millis: phys, counter: 0, node: this.node };
    else {
      if (this.last.counter >= 0xffff) this.last = { millis: this.last.millis + 1, counter: 0, node: this.node };
      else this.last = { millis: this.last.millis, counter: this.last.counter + 1, node: this.node };
    }
    return formatHlc(this.last);
  }

  /** Merge a timestamp received from another device so later local ticks sort after it. */
  receive(remote: string): void {
    const r = parseHlc(remote);
    if (!r) return;
    const phys = this.now();
    const millis = Math.max(phys, this.last.millis, r.millis);
    let counter = 0;
    if (millis === this.last.millis && millis === r.millis) counter = Math.max(this.last.counter, r.counter) + 1;
    else if (millis === this.last.millis) counter = this.last.counter + 1;
    else if (millis === r.millis) counter = r.counter + 1;
    this.last = { millis, counter, node: this.node };
  }
}
