/** Tổng quan's part of the contract: the figures a secretary looks at daily, counted by the database. */
import { z } from 'zod';
import type { ContractPart } from './contract-part';
import { docTypeCode } from './document-model';
import { isoDate } from './iso-date';
import { memberStatus } from './members-contract';

export const overviewUnit = z.object({
  /** null: members in no union group. */
  unitId: z.string().nullable(),
  name: z.string().nullable(),
  /** Active members whose group this is. */
  count: z.number().int().nonnegative(),
});

export const overviewDocument = z.object({
  id: z.string(),
  type: docTypeCode,
  /** "07/QĐ-CĐCS" once issued. */
  numberText: z.string().nullable(),
  summary: z.string(),
  status: z.enum(['draft', 'issued']),
  date: z.string(),
  updatedAt: z.string(),
});

export const overviewReport = z.object({
  asOf: z.string(),
  members: z.object({
    /** Every member in the register, whatever the status. */
    total: z.number().int().nonnegative(),
    byStatus: z.array(z.object({ status: memberStatus, count: z.number().int().nonnegative() })),
    active: z.number().int().nonnegative(),
    activeWomen: z.number().int().nonnegative(),
    byUnit: z.array(overviewUnit),
  }),
  /** asOf's year, from 1 January to asOf. */
  year: z.number().int(),
  /** Date joined the union in the year (as Mẫu 1-HĐCĐ counts admissions). */
  admitted: z.number().int().nonnegative(),
  /** Moves out of the union (transferred out, retired, withdrawn, expelled, ceased) dated in the year. */
  left: z.number().int().nonnegative(),
  documents: z.object({
    total: z.number().int().nonnegative(),
    drafts: z.number().int().nonnegative(),
    /** The latest edited, newest first. */
    recent: z.array(overviewDocument),
  }),
  /** Dues paid for asOf's month (payments not cancelled, adjustments left out). */
  dues: z.object({
    month: z.string(),
    paidMembers: z.number().int().nonnegative(),
    collected: z.number().int(),
  }),
});
export type OverviewReport = z.infer<typeof overviewReport>;

export const overviewContract = {
  commands: {
    /** `asOf`: the user's today (the app's clock, local time); the core's local date when left out. */
    'overview.get': { input: z.object({ asOf: isoDate.optional() }).strict(), output: overviewReport },
  },
} as const satisfies ContractPart;
