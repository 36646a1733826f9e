/**
 * What syncs, and the rules the server and every PC apply to it. One list both ends read, so the server (which never
 * imports the core) and the core agree; `tests/core/sync/entities.test.ts` checks it against the modules' `tables`.
 */

/** Every table the core declares `sync` (src/core/<domain>/module.ts). */
export const SYNCED_ENTITIES = [
  'org_profile',
  'org_upper_levels',
  'settings',
  'units',
  'members',
  'member_positions',
  'member_status_events',
  'documents',
  'document_versions',
  'document_counters',
  'elections',
  'election_ballots',
  'meetings',
  'meeting_invitees',
  'meeting_agenda_items',
  'meeting_opinions',
  'meeting_attendance',
  'meeting_motions',
  'meeting_files',
  'meeting_agenda_attachments',
  'bulletins',
  'email_suppressions',
  'member_unsubscribe_tokens',
  'dues_rules',
  'dues_base_salaries',
  'member_salaries',
  'dues_exemptions',
  'dues_months',
  'dues_payments',
  'fund_categories',
  'fund_years',
  'fund_vouchers',
  'fund_plans',
  'fund_voucher_files',
  'welfare_support',
  'welfare_programmes',
  'welfare_registrations',
] as const;
export type SyncedEntity = (typeof SYNCED_ENTITIES)[number];

/** One number that must be unique across the CĐCS's PCs. */
export interface UniqueNumber {
  /** The columns whose values together are the number. */
  columns: readonly string[];
  /**
   * Rows that hold the number AND one non-empty value of this column are one paper (a dues receipt covers the months
   * of one pay action, a row each, all with its batch_id): they share it. Another value, or none, still clashes.
   */
  sharedBy?: string;
}

/**
 * Numbers that must be unique across all the CĐCS's PCs: checked by the server at push, among live rows (not
 * deleted) whose columns are all non-null. A clash is rejected (NUMBER_CLASH) and becomes a conflict the user
 * resolves on the PC that pushed it: never two documents with one number.
 */
export const UNIQUE_NUMBERS: Readonly<Record<string, readonly UniqueNumber[]>> = {
  documents: [{ columns: ['type', 'year', 'number'] }],
  dues_payments: [{ columns: ['receipt_number'], sharedBy: 'batch_id' }],
  fund_vouchers: [{ columns: ['year', 'series', 'number'] }],
};

/**
 * Long texts: when two PCs wrote one concurrently (the loser's writer had not pulled the winner), the losing version
 * is kept as a conflict copy the user sees, instead of being overwritten silently.
 */
export const LONG_TEXT_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  document_versions: ['body'],
  bulletins: ['body'],
  meeting_agenda_items: ['conclusion'],
};

/**
 * Rows that two PCs create on their own for one real thing (the union's profile, a setting by key, the month a
 * dues ledger closes, a fund year, a counter): a local UNIQUE index would refuse the other PC's row. The client
 * adopts the incoming row's id for its own (local re-key; the columns then merge by HLC) instead of failing.
 * `[]` = a singleton table (one live row).
 */
export const NATURAL_KEYS: Readonly<Record<string, readonly string[]>> = {
  org_profile: [],
  settings: ['key'],
  document_counters: ['type', 'year'],
  dues_months: ['month'],
  fund_years: ['year'],
  fund_categories: ['code'],
  email_suppressions: ['email'],
  member_unsubscribe_tokens: ['member_id'],
  fund_plans: ['year', 'line'],
  document_versions: ['document_id', 'version'],
};
