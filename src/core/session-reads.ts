/** Counts the `read` commands that hold the open session, so closing it can wait until none does. */
export class SessionReads {
  private active = 0;
  private waiters: (() => void)[] = [];

  enter(): void {
    this.active++;
  }

  leave(): void {
    this.active--;
    if (this.active === 0) for (const wake of this.waiters.splice(0)) wake();
  }

  drained(): Promise<void> {
    return this.active === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }
}
