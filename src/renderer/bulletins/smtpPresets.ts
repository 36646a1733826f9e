/** What each SMTP preset fills in, and the settings a new account starts from. */
import type { SmtpConfig } from '../../shared/mail-contract';

type Preset = SmtpConfig['preset'];

export const PRESET_SERVERS: Record<Preset, Pick<SmtpConfig, 'host' | 'port' | 'security'> | null> = {
  gmail: { host: 'smtp.gmail.com', port: 465, security: 'tls' },
  microsoft365: { host: 'smtp.office365.com', port: 587, security: 'starttls' },
  // A server of the union's own: keep what was typed.
  generic: null,
};

/** Google Workspace allows about 2,000 messages a day; a modest pace keeps the account in good standing. */
export const DEFAULT_SMTP: Omit<SmtpConfig, 'host' | 'from'> = {
  preset: 'gmail',
  port: 465,
  security: 'tls',
  user: null,
  fromName: null,
  replyTo: null,
  maxConnections: 2,
  messagesPerConnection: 100,
  ratePerSecond: 2,
  dailyQuota: 2000,
  retryDelays: [60, 300, 1800, 7200],
  unsubscribeUrl: null,
};

export function parseDelays(text: string): number[] {
  return text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map(Number);
}
