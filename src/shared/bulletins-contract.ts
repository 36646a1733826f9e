/**
 * The bulletins part of the contract: a bản tin nội bộ (issue number, title, date, a body in the document model)
 * and who receives it (audiences, consent, unsubscribes). Sending is the campaigns part.
 */
import { z } from 'zod';
import type { ContractPart } from './contract-part';
import { docBody } from './document-model';
import { fileData } from './file-data';
import { isoDate } from './iso-date';

const email = z.string().trim().toLowerCase().email('Email không hợp lệ').max(200);

export const bulletin = z.object({
  id: z.string(),
  issueNumber: z.number().int(),
  title: z.string(),
  date: z.string(),
  body: docBody,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Bulletin = z.infer<typeof bulletin>;

const bulletinFields = {
  /** Numbered per year by default (the next free one). */
  issueNumber: z.number().int().min(1).max(100_000),
  title: z.string().trim().min(1).max(300),
  date: isoDate,
  body: docBody,
};

/** Who a campaign goes to: the union of every part given (each person once). */
export const audience = z
  .object({
    /** All active members. */
    all: z.boolean().optional(),
    /** Union groups, with their sub-groups. */
    unitIds: z.array(z.string().min(1)).max(1000).optional(),
    /** Members holding a BCH position today. */
    bch: z.boolean().optional(),
    /** Members holding any of these positions today. */
    positions: z.array(z.string().min(1).max(200)).max(100).optional(),
    memberIds: z.array(z.string().min(1)).max(100_000).optional(),
    /** Active members carrying any of these tags (case and accents folded). */
    tags: z.array(z.string().trim().min(1).max(50)).max(100).optional(),
    /** Addresses outside the register (no consent check; unsubscribes still apply). */
    external: z.array(email).max(10_000).optional(),
  })
  .strict();
export type Audience = z.infer<typeof audience>;

export const SKIP_REASONS = ['noEmail', 'noConsent', 'unsubscribed', 'bounced'] as const;
export const skipReason = z.enum(SKIP_REASONS);

/** "bỏ qua: 12 không có email, 3 đã hủy đăng ký" */
export const audienceCount = z.object({
  recipients: z.number().int(),
  skipped: z.object({
    noEmail: z.number().int(),
    noConsent: z.number().int(),
    unsubscribed: z.number().int(),
    bounced: z.number().int(),
  }),
});

export const bulletinsContract = {
  commands: {
    'bulletins.create': {
      input: z
        .object({
          ...bulletinFields,
          issueNumber: bulletinFields.issueNumber.optional(),
          date: bulletinFields.date.optional(),
          body: bulletinFields.body.optional(),
          /** Markdown with front matter `title`, `issue`, `date` (the CLI's FILE.md), instead of the fields. */
          markdown: z.string().max(2_000_000).optional(),
        })
        .partial()
        .strict(),
      output: z.object({ id: z.string() }),
    },
    'bulletins.update': {
      input: z
        .object({ id: z.string().min(1), ...bulletinFields })
        .partial()
        .required({ id: true })
        .strict(),
      output: bulletin,
    },
    'bulletins.get': { input: z.object({ id: z.string().min(1) }).strict(), output: bulletin },
    'bulletins.list': {
      input: z.object({ year: z.number().int().optional() }).strict(),
      output: z.object({ items: z.array(bulletin.omit({ body: true })) }),
    },
    'bulletins.delete': {
      input: z.object({ id: z.string().min(1) }).strict(),
      output: z.object({ ok: z.literal(true) }),
    },
    /**
     * The bulletin as it goes out: `email` the responsive HTML (inline CSS, < 100 KB) as sent to a sample member,
     * its images as data: URLs here (sent as cid: parts), `text` the plain-text alternative, `pdf` through the
     * document engine. `sentBytes` (email): the HTML as sent, images apart — what Gmail's 100 KB clip counts.
     */
    'bulletins.render': {
      input: z.object({ id: z.string().min(1), format: z.enum(['email', 'text', 'pdf']) }).strict(),
      output: fileData.extend({ bytes: z.number().int(), sentBytes: z.number().int().optional() }),
    },
    /** The live count of an audience: recipients and those skipped, by reason. */
    'audiences.count': { input: z.object({ audience }).strict(), output: audienceCount },
    /** Stops bulletins to an address at once (by hand, or a reply asking so); `reason` kept for the report. */
    'audiences.unsubscribe': {
      input: z.object({ email, reason: z.string().max(500).optional() }).strict(),
      output: z.object({ email: z.string(), memberIds: z.array(z.string()) }),
    },
    'audiences.resubscribe': {
      input: z.object({ email }).strict(),
      output: z.object({ email: z.string() }),
    },
    /**
     * Replies read to stop bulletins: .eml or .mbox (a reply holding a member's token in its subject or its own
     * text, or from a register address with "hủy đăng ký"/"unsubscribe" in the subject; a delivery status
     * notification with Status 5.1.x suppresses the address as bounced), or the web form's .txt/.csv of tokens or
     * unsubscribe links. Each file ≤ 25 MB, ≤ 20 files; idempotent (a second import counts all in `already`).
     */
    'audiences.importReplies': {
      input: z
        .object({
          files: z
            .array(z.object({ fileName: z.string().min(1).max(300), base64: z.string().max(35_000_000) }).strict())
            .min(1, 'Chọn ít nhất một tệp')
            .max(20, 'Mỗi lần nhập tối đa 20 tệp'),
        })
        .strict(),
      output: z.object({
        unsubscribed: z.array(z.object({ email: z.string(), via: z.enum(['token', 'sender']) })),
        bounced: z.array(z.object({ email: z.string(), status: z.string() })),
        already: z.number().int(),
        unmatched: z.array(
          z.object({
            file: z.string(),
            from: z.string().nullable(),
            subject: z.string().nullable(),
            reason: z.string(),
          }),
        ),
      }),
    },
    /** Addresses that stopped bulletins or bounced, newest first. */
    'audiences.suppressed': {
      input: z.object({}).strict(),
      output: z.object({
        items: z.array(
          z.object({
            email: z.string(),
            state: z.enum(['unsubscribed', 'bounced']),
            reason: z.string().nullable(),
            at: z.string(),
          }),
        ),
      }),
    },
  },
} as const satisfies ContractPart;
