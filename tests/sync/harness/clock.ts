/**
 * A PC whose clock is wrong. The CLI runs in this process and opens its vault per command; the vault's hybrid
 * clock (src/core/db/hlc.ts) reads `Date.now` when the session opens, so shifting `Date.now` around one command
 * gives that command exactly the clock a PC set N minutes off would have. The server runs in its own process with
 * the true time, as the upper level's server would.
 */
export async function withClockOffset<T>(offsetMs: number, fn: () => Promise<T>): Promise<T> {
  const real = Date.now;
  Date.now = () => real() + offsetMs;
  try {
    return await fn();
  } finally {
    Date.now = real;
  }
}

export const MINUTE = 60_000;
