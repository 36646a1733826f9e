/**
 * Automatic sync every N minutes while the vault is unlocked (decision 8). The timer belongs to the session it was
 * started for: it stops itself at the first tick after a lock. A tick while a sync runs is skipped, never queued.
 */
import type { CoreContext } from '../context';
import type { Session } from '../session';
import { isSyncing } from './engine';
import { attemptFor, syncTuning } from './hooks';
import { isRegistered, readState } from './state';

const timers = new WeakMap<Session, NodeJS.Timeout>();

/** (Re)starts the timer for the unlocked session after an unlock or a settings change; 0 minutes stops it. */
export async function scheduleAuto(ctx: CoreContext): Promise<void> {
  const s = ctx.session();
  clearInterval(timers.get(s));
  timers.delete(s);
  const state = await readState(s.db);
  if (state.autoMinutes <= 0 || !isRegistered(state)) return;
  const timer = setInterval(() => {
    if (ctx.maybeSession() !== s) {
      clearInterval(timer);
      timers.delete(s);
      return;
    }
    if (isSyncing(s)) return;
    attemptFor(ctx, s, ctx.exclusive).catch(() => undefined); // the failure is in the status (last_error)
  }, state.autoMinutes * syncTuning.minuteMs);
  timer.unref(); // a CLI command that unlocked does not wait for the next tick to exit
  timers.set(s, timer);
}
