/**
 * The union's SMTP account (one local row, migration 011). The password is written here and read only by the
 * transport factory: `getConfig` answers `hasPassword`, nothing more.
 */
import type { Knex } from 'knex';
import { z } from 'zod';
import { smtpConfig, type SmtpConfig } from '../../shared/mail-contract';
import { AppError } from '../../shared/errors';
import { insertRecord, updateRecord } from '../db/records';
import type { Session } from '../session';

const TABLE = 'mail_account';

export type SmtpConfigView = SmtpConfig & { hasPassword: boolean };
export type SmtpSetInput = Partial<SmtpConfig> & { password?: string | null };

/** Host, port and security of each preset; the generic server keeps what is given. */
const PRESETS: Record<SmtpConfig['preset'], Pick<SmtpConfig, 'host' | 'port' | 'security'> | null> = {
  gmail: { host: 'smtp.gmail.com', port: 465, security: 'tls' },
  microsoft365: { host: 'smtp.office365.com', port: 587, security: 'starttls' },
  generic: null,
};

export const SMTP_DEFAULTS = {
  preset: 'generic',
  user: null,
  fromName: null,
  replyTo: null,
  maxConnections: 2,
  messagesPerConnection: 100,
  ratePerSecond: 5,
  dailyQuota: 2000,
  retryDelays: [60, 300, 1800, 7200],
  unsubscribeUrl: null,
} as const;

interface AccountRow {
  id: string;
  config: string;
  password: string | null;
}

async function accountRow(db: Knex): Promise<AccountRow | undefined> {
  return (await db(TABLE).whereNull('deleted_at').orderBy('created_at').first()) as AccountRow | undefined;
}

const view = (row: AccountRow): SmtpConfigView => ({
  ...(JSON.parse(row.config) as SmtpConfig),
  hasPassword: row.password !== null && row.password !== '',
});

export async function getMailConfig(db: Knex): Promise<SmtpConfigView | null> {
  const row = await accountRow(db);
  return row ? view(row) : null;
}

/** The settings and the password, for the transport only (never returned by a command). */
export async function mailAccount(db: Knex): Promise<{ config: SmtpConfig; password: string | null }> {
  const row = await accountRow(db);
  if (!row) throw new AppError('VALIDATION', 'Chưa cài đặt tài khoản email (Cài đặt → Email).');
  return { config: JSON.parse(row.config) as SmtpConfig, password: row.password };
}

export async function setMailConfig(s: Session, input: SmtpSetInput): Promise<SmtpConfigView> {
  const { password, ...fields } = input;
  const row = await accountRow(s.db);
  const before: Partial<SmtpConfig> = row
    ? (JSON.parse(row.config) as SmtpConfig)
    : { ...SMTP_DEFAULTS, retryDelays: [...SMTP_DEFAULTS.retryDelays] };
  const preset = fields.preset ?? before.preset ?? 'generic';
  // A preset chosen now fills its server; fields given beside it still win.
  const presetServer = fields.preset ? PRESETS[preset] : null;
  const merged = { ...before, ...(presetServer ?? {}), ...fields, preset };
  const parsed = smtpConfig.safeParse(merged);
  if (!parsed.success) {
    const missing = parsed.error.issues.map((i) => i.path.join('.')).join(', ');
    throw new AppError('VALIDATION', `Cài đặt email chưa đủ hoặc chưa đúng: ${missing}.`, {
      fields: parsed.error.issues.map((i) => i.path.join('.')),
    });
  }
  const config = JSON.stringify(parsed.data satisfies z.infer<typeof smtpConfig>);
  const values: Record<string, unknown> = { config };
  if (password !== undefined) values.password = password === '' ? null : password;
  if (row) await updateRecord(s.db, s.record, TABLE, row.id, values);
  else await insertRecord(s.db, s.record, TABLE, { password: null, ...values });
  return view((await accountRow(s.db))!);
}
