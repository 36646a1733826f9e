/**
 * Which rows sync to the upper-level union and which stay on this PC. The outbox only gets rows of synced tables:
 * the audit log (who did what on this PC), the jobs of this PC, and settings about this PC (how many backups to keep
 * here) are nobody else's business, and an audit row per change would double what sync sends.
 *
 * TODO(merge): the integrator replaces LOCAL_TABLES with the `tables` declarations of the domain modules
 * (every table `'sync' | 'local'`); the per-key rule for `settings` stays here or moves to the settings module.
 */
import type { Row } from './records';

export const LOCAL_TABLES: ReadonlySet<string> = new Set(['audit_log', 'jobs']);

/** Settings keys about this PC only; the others (e.g. the email opt-in policy) are the union's and sync. */
export const LOCAL_SETTING_KEYS: ReadonlySet<string> = new Set(['backupKeep']);

export function makeIsLocal(localTables: ReadonlySet<string> = LOCAL_TABLES): (table: string, row: Row) => boolean {
  return (table, row) => localTables.has(table) || (table === 'settings' && LOCAL_SETTING_KEYS.has(row.key as string));
}
