/**
 * What tests (and the proof helper's failure tests) drive directly: one attempt on a session, the pieces of a run,
 * the state row, the timeout knob.
 */
export { syncAttempt, oneAtATime, openRun, isSyncing, type AttemptOptions } from './engine';
export { attemptFor, syncTuning } from './hooks';
export { push } from './push';
export { pull, fetchSnapshot, applySnapshot } from './pull';
export { Applier, type IncomingRow } from './apply';
export { firstSync, isVaultEmpty, queueEverything, clearSyncedRows, CHOICE_MESSAGE } from './first-sync';
export { numberOutbox, reconcile, nextUnsent, toMutations, UNSENT } from './outbox';
export { readState, writeState, type SyncState } from './state';
export { SyncHttp, unreachableMessage, DEFAULT_TIMEOUT_MS } from './http';
export { syncStatusOf, pendingCount } from './status';
export type { SyncDeps, RunContext, Counts } from './deps';
