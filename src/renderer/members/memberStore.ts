/**
 * The members of one list generation, by row index, filled page by page. Cells subscribe to it directly, so a page
 * arriving re-renders only the rows on screen, not the virtual table and its 50,000 row slots.
 */
import type { Member } from '../../shared/members-contract';

export class MemberStore {
  private readonly members: (Member | undefined)[] = [];
  private readonly listeners = new Set<() => void>();

  get(index: number): Member | undefined {
    return this.members[index];
  }

  put(offset: number, items: Member[], notify = true): void {
    items.forEach((m, k) => (this.members[offset + k] = m));
    if (notify) for (const cb of this.listeners) cb();
  }

  subscribe = (cb: () => void): (() => void) => {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  };
}
