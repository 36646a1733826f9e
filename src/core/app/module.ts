/**
 * The application itself: `app.status`, and the foundation migration (001), whose tables several domains share
 * (organisation, settings, audit log, jobs, outbox). Version 1 is one migration, so it has one owner.
 */
import { appContract } from '../../shared/app-contract';
import * as m001 from '../db/migrations/001-foundation';
import { defineModule, withModes } from '../module';
import { appHandlers } from './handlers';

export const appModule = defineModule({
  name: 'app',
  contract: appContract,
  commands: withModes(appHandlers, { 'app.status': 'read' }),
  migrations: [{ version: 1, name: 'foundation', up: m001.up }],
  tables: {
    org_profile: 'sync',
    org_upper_levels: 'sync',
    // Synced, but key by key: this PC's own keys (backups to keep here) stay local (db/sync-tables.ts).
    settings: 'sync',
    audit_log: 'local',
    jobs: 'local',
    // The sync queue itself: its rows are what gets sent, not data to send.
    outbox: 'local',
  },
});
