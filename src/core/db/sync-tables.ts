/**
 * Which rows sync to the upper-level union and which stay on this PC. The outbox only gets rows of synced tables:
 * each domain module declares its tables `sync` or `local` (the audit log, this PC's jobs: local), and the core
 * hands the local ones to the session. Settings are one table with both kinds of key: the union's policies (the
 * email opt-in rule) sync to the union's other PCs, while how many backups to keep here is this PC's own choice.
 */
import type { Row } from './records';

/** Settings keys about this PC only; the others (e.g. the email opt-in policy) are the union's and sync. */
export const LOCAL_SETTING_KEYS: ReadonlySet<string> = new Set(['backupKeep']);

export function makeIsLocal(localTables: ReadonlySet<string>): (table: string, row: Row) => boolean {
  return (table, row) => localTables.has(table) || (table === 'settings' && LOCAL_SETTING_KEYS.has(row.key as string));
}
