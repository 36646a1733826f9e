/**
 * Marks the work of a `read` command, so the session hands it the read-only connection (see session.ts `db`):
 * the handlers stay the same code, and a read can never queue behind a write transaction on the one writer
 * connection. Everything the read awaits inherits the mark, including an index build it starts.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const scope = new AsyncLocalStorage<true>();

export function asReader<T>(work: () => Promise<T>): Promise<T> {
  return scope.run(true, work);
}

export function inReadScope(): boolean {
  return scope.getStore() === true;
}
