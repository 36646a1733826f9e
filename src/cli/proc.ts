/**
 * What the CLI takes from its process: the environment, the home folder, stdin, stdout and stderr. `main()` may be
 * given others, so that tests run the real CLI in-process (no process start per command) and a run never reads the
 * caller's environment by accident: every other CLI module reads these through `proc()`, never through `process`.
 */
import os from 'node:os';

/** Where text goes; `isTTY` turns on progress redrawing on stderr. */
export interface Sink {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface Proc {
  env: Readonly<Record<string, string | undefined>>;
  /** The user's home folder (the default data folder is under it). */
  home: string;
  stdin: AsyncIterable<unknown> | Iterable<unknown>;
  stdout: Sink;
  stderr: Sink;
}

function processProc(): Proc {
  return {
    env: process.env,
    home: os.homedir(),
    // Touching process.stdin opens it: only when a command reads it (`members add -`).
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    stderr: process.stderr,
  };
}

let current: Proc = processProc();

export function proc(): Proc {
  return current;
}

/** Run `fn` with `p` (missing parts from the real process), then put back what was there. */
export async function withProc<T>(p: Partial<Proc>, fn: () => Promise<T>): Promise<T> {
  const saved = current;
  const real = processProc();
  current = {
    env: p.env ?? real.env,
    home: p.home ?? real.home,
    get stdin() {
      return p.stdin ?? real.stdin;
    },
    stdout: p.stdout ?? real.stdout,
    stderr: p.stderr ?? real.stderr,
  };
  try {
    return await fn();
  } finally {
    current = saved;
  }
}
