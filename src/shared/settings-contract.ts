/** The settings' part of the contract. */
import { z } from 'zod';
import { emptyInput, type ContractPart } from './contract-part';

/** A meeting kind's quorum: none, more than half, or at least two thirds of those convened. */
export const QUORUM_RULES = ['none', 'half', 'twoThirds'] as const;
const quorumRule = z.enum(QUORUM_RULES);
/** One rule per meeting kind (the kinds of meetings-contract.ts; a test pins that the two lists agree). */
export const meetingQuorum = z
  .object({
    bch: quorumRule,
    standing: quorumRule,
    group: quorumRule,
    'workers-conference': quorumRule,
    congress: quorumRule,
    other: quorumRule,
  })
  .strict();

/**
 * Wording the templates take from settings (as {{org.employer}}, {{org.charterGuidance}}): who employs the workers
 * ("Ban Giám đốc Công ty", "Ban Giám hiệu", "Thủ trưởng đơn vị"), and the Điều lệ's guidance with its number and
 * date, which changes with each congress.
 */
export const documentTexts = z
  .object({ employer: z.string().trim().min(1).max(100), charterGuidance: z.string().trim().min(1).max(300) })
  .strict();
export type DocumentTexts = z.infer<typeof documentTexts>;
export const DEFAULT_DOCUMENT_TEXTS: DocumentTexts = {
  employer: 'Ban Giám đốc Công ty',
  charterGuidance: 'Hướng dẫn thi hành Điều lệ Công đoàn Việt Nam của Tổng Liên đoàn Lao động Việt Nam',
};

export const appSettings = z.object({
  /** How many automatic backups to keep. */
  backupKeep: z.number().int().min(1).max(365),
  /** The vault locks itself after this many minutes without use (any window or browser tab); 0 = never. */
  idleLockMinutes: z.number().int().min(0).max(1440),
  /** Bulletins need an explicit opt-in instead of consent by default when an email is recorded. */
  emailOptInRequired: z.boolean(),
  /** The quorum each kind of meeting needs (Điều lệ: two thirds for congresses and BCH meetings). */
  meetingQuorum,
  /** The CĐCS's share of collected dues in percent (70/30 since 2023; unconfirmed after 2025, so a setting). */
  duesCdcsPercent: z.number().min(0).max(100),
  /** Arrears levels: so many unpaid months in a row → the label (5130/QĐ-TLĐ: 6, 9, 12). Data, not code. */
  duesArrearsLevels: z
    .array(z.object({ months: z.number().int().min(1).max(120), label: z.string().trim().min(1).max(100) }))
    .max(6),
  /**
   * The month the dues book starts in UnionDesk (YYYY-MM): arrears are not counted before it, where the union kept
   * its book on paper or in Excel. null: counted back to each member's admission month.
   */
  duesLedgerStart: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Tháng phải có dạng YYYY-MM (ví dụ 2026-07)')
    .nullable(),
  /** Names printed on vouchers and books beside the chair's (org profile): kế toán, thủ quỹ; empty = a blank line. */
  documentTexts,
  fundsSigners: z.object({ accountant: z.string().trim().max(100), cashier: z.string().trim().max(100) }).strict(),
});
export type AppSettings = z.infer<typeof appSettings>;

export const settingsContract = {
  commands: {
    'settings.get': { input: emptyInput, output: appSettings },
    'settings.update': { input: appSettings.partial().strict(), output: appSettings },
  },
} as const satisfies ContractPart;
