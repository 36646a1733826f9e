/**
 * The campaigns part of the contract: one bulletin (or a meeting's invitations) sent to an audience, one message per
 * recipient, from an outbox in the encrypted database (never only in memory), with retries, a rolling daily quota,
 * pauses with their reasons, and no double sends.
 */
import { z } from 'zod';
import { audience, audienceCount } from './bulletins-contract';
import type { ContractPart } from './contract-part';
import { fileData } from './file-data';
import { jobRef } from './jobs-contract';

export const CAMPAIGN_STATES = ['ready', 'sending', 'paused', 'finished', 'cancelled'] as const;
/** Why a campaign paused: the quota (resumes by itself), the account (auth/TLS), the breaker, the user. */
export const PAUSE_REASONS = ['quota', 'auth', 'tls', 'breaker', 'user', 'interrupted'] as const;
export const RECIPIENT_STATES = [
  'queued',
  'sending',
  'sent',
  /** A temporary failure waiting for its next try. */
  'failedTemp',
  /** A temporary failure that used all its tries: not tried again (reported as given up). */
  'gaveUp',
  'failedPerm',
  'skipped',
  /** The SMTP transaction had begun when the app died: maybe delivered. Not resent unless the user asks. */
  'uncertain',
] as const;

export const campaignCounts = z.object({
  queued: z.number().int(),
  sent: z.number().int(),
  /** Waiting for a retry (counted in remaining too). */
  failedTemp: z.number().int(),
  /** Temporary failures that used all their tries. */
  gaveUp: z.number().int(),
  failedPerm: z.number().int(),
  skipped: z.number().int(),
  uncertain: z.number().int(),
  remaining: z.number().int(),
});

export const campaign = z.object({
  id: z.string(),
  kind: z.enum(['bulletin', 'invitation']),
  /** The bulletin or the meeting. */
  sourceId: z.string(),
  subject: z.string(),
  state: z.enum(CAMPAIGN_STATES),
  pauseReason: z.enum(PAUSE_REASONS).nullable(),
  /** The server's or the app's words, in Vietnamese where they are ours. */
  pauseMessage: z.string().nullable(),
  /** When a quota pause ends by itself. */
  resumeAt: z.string().nullable(),
  counts: campaignCounts,
  /** Messages per second over the last minute of sending. */
  rate: z.number(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type Campaign = z.infer<typeof campaign>;

export const recipientRow = z.object({
  email: z.string(),
  name: z.string(),
  unit: z.string().nullable(),
  state: z.enum(RECIPIENT_STATES),
  tries: z.number().int(),
  /** The server's last answer ("550 5.1.1 User unknown"), or why it was skipped. */
  lastResponse: z.string().nullable(),
  sentAt: z.string().nullable(),
});

const idRef = z.object({ id: z.string().min(1) }).strict();

export const campaignsContract = {
  commands: {
    /** Snapshots the content and the audience into a ready campaign and its outbox. */
    'campaigns.create': {
      input: z
        .object({
          bulletinId: z.string().min(1).optional(),
          meetingId: z.string().min(1).optional(),
          audience: audience.optional(),
        })
        .strict()
        .refine((c) => (c.bulletinId === undefined) !== (c.meetingId === undefined), {
          message: 'Cần chọn một bản tin hoặc một cuộc họp.',
        }),
      output: audienceCount.extend({ id: z.string() }),
    },
    'campaigns.get': { input: idRef, output: campaign },
    'campaigns.list': { input: z.object({}).strict(), output: z.object({ items: z.array(campaign) }) },
    /** A job: sends until finished, paused (quota, account, breaker, user) or interrupted; again resumes. */
    'campaigns.send': {
      input: z
        .object({
          id: z.string().min(1),
          ratePerSecond: z.number().min(0.1).max(100).optional(),
          maxConnections: z.number().int().min(1).max(10).optional(),
        })
        .strict(),
      output: jobRef,
    },
    'campaigns.pause': { input: idRef, output: campaign },
    'campaigns.cancel': { input: idRef, output: campaign },
    /** Puts the uncertain recipients back in the queue: the user chose to risk a second copy. */
    'campaigns.resendUncertain': { input: idRef, output: campaign },
    'campaigns.recipients': {
      input: z
        .object({
          id: z.string().min(1),
          state: z.enum(RECIPIENT_STATES).optional(),
          offset: z.number().int().min(0).default(0),
          limit: z.number().int().min(1).max(1000).default(100),
        })
        .strict(),
      output: z.object({ total: z.number().int(), items: z.array(recipientRow) }),
    },
    /** The per-recipient report as .xlsx. */
    'campaigns.report': { input: idRef, output: fileData },
    /** The exact content sent (HTML as archived, and the PDF attached), for the record. */
    'campaigns.archive': {
      input: z.object({ id: z.string().min(1), format: z.enum(['html', 'pdf']) }).strict(),
      output: fileData,
    },
  },
  events: {
    /** After each batch and each state change: the campaign screen's progress bar. */
    'campaign.progress': campaign,
  },
} as const satisfies ContractPart;
