/**
 * The idle lock, in the core (so every face shares it): `idleLockMinutes` without a command from any client locks
 * the vault with reason `idle`. A minute is a few milliseconds here (the test-only `idleMinuteMs`), and the
 * assertions wait for the event rather than time it; the policy itself is checked with fake timers.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIdleLock } from '../../src/core/idle-lock';
import type { Core } from '../../src/core';
import { call, callErr, initCore } from '../helpers/core';

const cores: Core[] = [];
afterEach(async () => {
  vi.useRealTimers();
  for (const c of cores.splice(0)) await c.close();
});

const lockedOnce = (core: Core) =>
  new Promise<{ reason: string }>((resolve) => {
    const off = core.onEvent('vault.locked', (p) => {
      off();
      resolve(p as { reason: string });
    });
  });

describe('the idle lock in a real core', () => {
  it('is 15 minutes by default, 0 to 1440', async () => {
    const { core } = await initCore();
    cores.push(core);
    expect((await call(core, 'settings.get')).idleLockMinutes).toBe(15);
    expect((await callErr(core, 'settings.update', { idleLockMinutes: -1 })).code).toBe('VALIDATION');
    expect((await callErr(core, 'settings.update', { idleLockMinutes: 1441 })).code).toBe('VALIDATION');
  });

  it('locks with reason idle after the minutes without a command; the data is closed until unlocked', async () => {
    const { core } = await initCore({ idleMinuteMs: 30 });
    cores.push(core);
    const locked = lockedOnce(core);
    await call(core, 'settings.update', { idleLockMinutes: 2 });
    expect(await locked).toEqual({ reason: 'idle' });
    expect((await callErr(core, 'members.list', {})).code).toBe('LOCKED');
    expect((await call(core, 'app.status')).state).toBe('locked');
  });

  it('0 never locks; the setting applies at once and again after an unlock', async () => {
    const { core, dataDir } = await initCore({ idleMinuteMs: 20 });
    cores.push(core);
    await call(core, 'settings.update', { idleLockMinutes: 0 });
    let fired = false;
    core.onEvent('vault.locked', () => (fired = true));
    await new Promise((r) => setTimeout(r, 300)); // 15 "minutes"
    expect(fired).toBe(false);
    expect((await call(core, 'app.status')).state).toBe('unlocked');
    expect(dataDir).toBeTruthy();
  });
});

describe('the idle policy (fake timers)', () => {
  const setup = (busy = () => false) => {
    vi.useFakeTimers();
    const lock = vi.fn(async () => {});
    const idle = createIdleLock({ minuteMs: 60_000, lock, busy, onError: () => {} });
    return { idle, lock };
  };

  it('any command starts the clock again', () => {
    const { idle, lock } = setup();
    idle.arm(15);
    vi.advanceTimersByTime(14 * 60_000);
    idle.touch();
    vi.advanceTimersByTime(14 * 60_000);
    expect(lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('waits while a job runs, then locks', () => {
    let running = true;
    const { idle, lock } = setup(() => running);
    idle.arm(1);
    vi.advanceTimersByTime(5 * 60_000);
    expect(lock).not.toHaveBeenCalled();
    running = false;
    vi.advanceTimersByTime(60_000);
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('never with 0, nothing after disarm, and once only', () => {
    const { idle, lock } = setup();
    idle.arm(0);
    vi.advanceTimersByTime(24 * 60 * 60_000);
    idle.arm(1);
    idle.disarm();
    vi.advanceTimersByTime(10 * 60_000);
    expect(lock).not.toHaveBeenCalled();
    idle.arm(1);
    vi.advanceTimersByTime(10 * 60_000);
    expect(lock).toHaveBeenCalledTimes(1);
  });
});
