/**
 * The idle lock: the core locks the vault (reason `idle`) after the `idleLockMinutes` setting without a command
 * from any client. It lives in the core so that every face gets it the same way (the Electron window, the web
 * host, several browser tabs at once): a command from any of them is use. While a job runs (an import, a
 * campaign sending) the lock waits for it; 0 minutes means never.
 */
export interface IdleLockDeps {
  /** How long a "minute" lasts: 60,000 ms, or a few ms in tests (CoreOptions.idleMinuteMs). */
  minuteMs: number;
  /** Locks the vault if it is open (queued behind the work in progress). */
  lock(): Promise<void>;
  /** True while a job runs: its work is use too. */
  busy(): boolean;
  onError(err: unknown): void;
}

export interface IdleLock {
  /** A command arrived: the clock starts again. */
  touch(): void;
  /** The vault opened (with the setting's value) or the setting changed. */
  arm(minutes: number): void;
  /** The vault closed: nothing to lock. */
  disarm(): void;
}

export function createIdleLock(deps: IdleLockDeps): IdleLock {
  let minutes = 0;
  let armed = false;
  let lastUse = Date.now();
  let timer: ReturnType<typeof setTimeout> | null = null;

  const clear = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  const schedule = (ms: number) => {
    clear();
    if (!armed || minutes <= 0) return;
    timer = setTimeout(check, Math.max(1, ms));
    timer.unref?.(); // a CLI run that has finished its command must not stay alive for this
  };
  const limit = () => minutes * deps.minuteMs;
  function check() {
    timer = null;
    if (!armed) return;
    const idle = Date.now() - lastUse;
    if (idle < limit()) return schedule(limit() - idle);
    if (deps.busy()) return schedule(limit());
    armed = false;
    deps.lock().catch(deps.onError);
  }

  return {
    touch() {
      lastUse = Date.now();
      if (armed && !timer) schedule(limit());
    },
    arm(m) {
      minutes = m;
      armed = true;
      lastUse = Date.now();
      schedule(limit());
    },
    disarm() {
      armed = false;
      clear();
    },
  };
}
