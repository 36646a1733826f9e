/**
 * `sync.now` as a persistent job: its row outlives a crash, which marks it interrupted (not resumable: the next sync
 * simply starts again, and loses nothing — mutation ids are persisted before sending and the cursor is saved with
 * its page, so a sync cut off anywhere resumes without duplicates).
 */
import type { SyncResult } from '../../shared/sync-contract';
import type { JobKind } from '../jobs/kinds';
import { attemptFor, contextOf } from './hooks';

export const SYNC_JOB_KIND = 'sync.now';

export const syncNowJob: JobKind<Record<string, never>, SyncResult> = {
  kind: SYNC_JOB_KIND,
  resumable: false,
  async run(_input, job) {
    const s = job.session;
    return attemptFor(contextOf(s), s, job.exclusive, { progress: job.progress });
  },
};
