/**
 * Welfare (phúc lợi) and the statistics report: support paid to members (each paid by a payment voucher made in the
 * same step), programmes with capacity and eligibility and the members registered, and Mẫu 1-HĐCĐ as of 31/5 and
 * 30/11. Money is integer đồng.
 */
import { z } from 'zod';
import { emptyInput, type ContractPart } from './contract-part';
import { fileData } from './file-data';
import { fundAccount, voucher } from './funds-contract';
import { isoDate } from './iso-date';

export const SUPPORT_KINDS = [
  'sickness',
  'bereavement',
  'wedding',
  'maternity',
  'tet',
  'housing',
  'accident',
  'other',
] as const;
export const PROGRAMME_KINDS = ['health-check', 'gift', 'trip', 'other'] as const;

const text = (max: number) => z.string().trim().max(max);

export const support = z.object({
  id: z.string(),
  memberId: z.string(),
  memberName: z.string(),
  kind: z.enum(SUPPORT_KINDS),
  date: isoDate,
  amount: z.number().int(),
  /** The decision it rests on: its number/date as text, and the register's document when picked from it. */
  decision: z.string().nullable(),
  documentId: z.string().nullable(),
  note: z.string().nullable(),
  /** The payment voucher made in the same step (its cancellation cancels the support: cancelled = true). */
  voucher: voucher.pick({ id: true, code: true, account: true }),
  cancelled: z.boolean(),
});
export type Support = z.infer<typeof support>;

export const programme = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(PROGRAMME_KINDS),
  /** The day it takes place (health check, gift handing, departure), or null. */
  date: isoDate.nullable(),
  capacity: z.number().int(),
  /** Only members flagged heavy/hazardous work (a blank flag counts as not hazardous). */
  hazardousOnly: z.boolean(),
  /** Only members of this union group and its sub-groups; null = all. */
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  note: z.string().nullable(),
  registered: z.number().int(),
  createdAt: z.string(),
});
export type Programme = z.infer<typeof programme>;

export const hdcdReport = z.object({
  asOf: isoDate,
  /** The day after the previous report date (31/5 or 30/11), both ends included. */
  from: isoDate,
  /** Workers in the enterprise (organisation profile), null when not filled in. */
  workers: z.number().int().nullable(),
  /** Active at the end of asOf (someone leaving on asOf is out): previous count + admitted − left. */
  members: z.number().int(),
  women: z.number().int(),
  admitted: z.number().int(),
  left: z.number().int(),
  unionGroups: z.number().int(),
  /** The rest of the form's rows the register knows, in the form's order: [{row, label, value}]. */
  rows: z.array(z.object({ row: z.string(), label: z.string(), value: z.number().int().nullable() })),
});
export type HdcdReport = z.infer<typeof hdcdReport>;

export const welfareContract = {
  commands: {
    /** Pays support to a member: the support row and its payment voucher (category `cham-lo`) in one transaction. */
    'welfare.addSupport': {
      input: z
        .object({
          memberId: z.string().min(1),
          kind: z.enum(SUPPORT_KINDS),
          date: isoDate,
          amount: z.number().int().min(1, 'Số tiền phải lớn hơn 0').max(1e10),
          account: fundAccount.optional(),
          decision: text(300).optional(),
          documentId: z.string().min(1).optional(),
          note: text(1000).optional(),
        })
        .strict(),
      output: support,
    },
    'welfare.supports': {
      input: z.object({ memberId: z.string().optional(), from: isoDate.optional(), to: isoDate.optional() }).strict(),
      output: z.object({ items: z.array(support) }),
    },
    'welfare.programmes': { input: emptyInput, output: z.object({ items: z.array(programme) }) },
    'welfare.addProgramme': {
      input: z
        .object({
          name: text(300).min(1, 'Cần tên chương trình'),
          kind: z.enum(PROGRAMME_KINDS),
          capacity: z.number().int().min(1, 'Số suất phải lớn hơn 0').max(100_000),
          hazardousOnly: z.boolean().optional(),
          unitId: z.string().min(1).optional(),
          date: isoDate.optional(),
          note: text(1000).optional(),
        })
        .strict(),
      output: programme,
    },
    /** Registers a member: refused (Vietnamese CONFLICT/VALIDATION) beyond capacity or when not eligible. */
    'welfare.register': {
      input: z.object({ programmeId: z.string().min(1), memberId: z.string().min(1) }).strict(),
      output: z.object({ registered: z.number().int(), capacity: z.number().int() }),
    },
    'welfare.unregister': {
      input: z.object({ programmeId: z.string().min(1), memberId: z.string().min(1) }).strict(),
      output: z.object({ registered: z.number().int(), capacity: z.number().int() }),
    },
    /** A programme with its registered members sorted by given name (Intl.Collator('vi')). */
    'welfare.programme': {
      input: z.object({ id: z.string().min(1) }).strict(),
      output: z.object({
        programme,
        members: z.array(
          z.object({
            memberId: z.string(),
            idNumber: z.string().nullable(),
            fullName: z.string(),
            unitName: z.string().nullable(),
          }),
        ),
      }),
    },
    /** The organiser's list (PDF or .xlsx, sorted by given name). */
    'welfare.programmeFile': {
      input: z.object({ id: z.string().min(1), format: z.enum(['pdf', 'xlsx']) }).strict(),
      output: fileData,
    },
    'reports.hdcd': { input: z.object({ asOf: isoDate }).strict(), output: hdcdReport },
    'reports.hdcdFile': {
      input: z.object({ asOf: isoDate, format: z.enum(['pdf', 'xlsx']) }).strict(),
      output: fileData,
    },
  },
} as const satisfies ContractPart;
