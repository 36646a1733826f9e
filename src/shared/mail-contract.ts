/**
 * The mail part of the contract: the union's SMTP account (its ordinary mailbox). The password goes in (setConfig)
 * and never comes out: the core keeps it in a local table of the encrypted database and answers only `hasPassword`.
 */
import { z } from 'zod';
import type { ContractPart } from './contract-part';

export const SMTP_PRESETS = ['gmail', 'microsoft365', 'generic'] as const;
export const SMTP_SECURITY = ['none', 'starttls', 'tls'] as const;

const email = z.string().trim().toLowerCase().email('Email không hợp lệ').max(200);

export const smtpConfig = z.object({
  preset: z.enum(SMTP_PRESETS),
  host: z.string().trim().min(1).max(255),
  port: z.number().int().min(1).max(65_535),
  security: z.enum(SMTP_SECURITY),
  user: z.string().trim().max(200).nullable(),
  /** The sender address, and the name shown beside it ("Công đoàn cơ sở Công ty …"). */
  from: email,
  fromName: z.string().trim().max(200).nullable(),
  replyTo: email.nullable(),
  /** Pooled transport: connections, messages per connection, messages per second. */
  maxConnections: z.number().int().min(1).max(10),
  messagesPerConnection: z.number().int().min(1).max(1000),
  ratePerSecond: z.number().min(0.1).max(100),
  /** Messages in any rolling 24 hours (Google Workspace allows about 2,000). */
  dailyQuota: z.number().int().min(1).max(100_000),
  /** Seconds to wait before each retry of a temporary failure (at most retryDelays.length + 1 tries). */
  retryDelays: z.array(z.number().int().min(1).max(86_400)).min(1).max(10),
  /** The https page where a member stops bulletins (List-Unsubscribe-Post); null: mailto only. */
  unsubscribeUrl: z
    .string()
    .url()
    .max(2000)
    .refine((u) => u.startsWith('https://'), 'Đường dẫn hủy đăng ký phải bắt đầu bằng https://')
    .nullable(),
});
export type SmtpConfig = z.infer<typeof smtpConfig>;

/** What the renderer may see: the settings and whether a password is stored, never the password. */
export const smtpConfigView = smtpConfig.extend({ hasPassword: z.boolean() });

export const mailContract = {
  commands: {
    /** null until the union sets its account. */
    'mail.getConfig': { input: z.object({}).strict(), output: smtpConfigView.nullable() },
    /**
     * Sets the account (the whole config the first time; then any fields). `password` replaces the stored one;
     * null removes it; absent keeps it.
     */
    'mail.setConfig': {
      input: smtpConfig
        .partial()
        .extend({ password: z.string().max(1000).nullable().optional() })
        .strict(),
      output: smtpConfigView,
    },
    /** "Kiểm tra kết nối": connects, authenticates, says in Vietnamese what went wrong. */
    'mail.verify': {
      input: z.object({}).strict(),
      output: z.object({ ok: z.boolean(), message: z.string() }),
    },
    /** "Gửi thử": a test message to given addresses, subject prefixed [THỬ], counted in no report. */
    'mail.test': {
      input: z
        .object({
          to: z.array(email).min(1).max(10),
          /** A bulletin to send as it would go out; none: a short test message. */
          bulletinId: z.string().min(1).optional(),
        })
        .strict(),
      output: z.object({ accepted: z.array(z.string()), rejected: z.array(z.string()), response: z.string() }),
    },
  },
} as const satisfies ContractPart;
