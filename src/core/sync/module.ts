/**
 * Đồng bộ: this PC and the upper-level union's server (src/server). Push the outbox, pull the CĐCS's change log,
 * per-column last-writer-wins by HLC; see src/shared/sync-protocol.ts.
 */
import { syncContract } from '../../shared/sync-contract';
import * as m018 from '../db/migrations/018-sync';
import { defineModule, withModes } from '../module';
import { scheduleAuto } from './auto';
import { syncHandlers } from './handlers';
import { remember } from './hooks';
import { syncNowJob } from './job';
import { readState } from './state';

export const syncModule = defineModule({
  name: 'sync',
  contract: syncContract,
  commands: withModes(syncHandlers, {
    'sync.status': 'read',
    // Talks to the server and writes the registration: one at a time, behind the other writes.
    'sync.register': 'write',
    'sync.now': 'job',
    'sync.settings': 'write',
    'sync.conflicts': 'read',
    'sync.resolve': 'write',
    'sync.unregister': 'write',
  }),
  migrations: [{ version: 18, name: 'sync', up: m018.up }],
  tables: { sync_state: 'local', sync_conflicts: 'local' },
  jobKinds: [syncNowJob],
  async onUnlock(ctx) {
    remember(ctx);
    const s = ctx.session();
    // The clock starts after every HLC this PC has pulled, not only after its own (session.ts reads the outbox).
    const { maxHlc } = await readState(s.db);
    if (maxHlc) s.record.clock.receive(maxHlc);
    await scheduleAuto(ctx);
  },
});
