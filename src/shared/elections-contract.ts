/**
 * Elections' part of the contract: the vote count (kiểm phiếu). The schemas check shapes and bounds; the count's
 * own rules (collected ≤ issued, names on the list, totals that add up) are checked by `tallyElection` itself, so
 * the renderer's live ballot entry, which calls it directly, gets the same errors.
 */
import { z } from 'zod';
import type { ContractPart } from './contract-part';
import { fileData } from './file-data';
import { isoDate } from './iso-date';
import { DENOMINATORS, type TallyInput, type TallyResult } from './elections/tally';

// Far above any congress (a few hundred delegates, a few dozen candidates), low enough to bound the work.
const MAX_BALLOTS = 100_000;
const MAX_CANDIDATES = 500;
const count = z.number().int().min(0).max(1_000_000_000);
const candidateName = z.string().max(200);

const tallyFields = z.object({
  seats: z.number().int().min(1).max(MAX_CANDIDATES),
  candidates: z.array(candidateName).min(1).max(MAX_CANDIDATES),
  denominator: z.enum(DENOMINATORS),
  issued: count,
  collected: count,
  ballots: z.array(z.array(candidateName).max(MAX_CANDIDATES)).max(MAX_BALLOTS).optional(),
  totals: z.record(candidateName, count).optional(),
  invalid: count.optional(),
});
const oneWayOfCounting = {
  message: 'Cần nhập hoặc từng phiếu (ballots) hoặc số phiếu của mỗi người (totals), không cả hai.',
};
const countedOneWay = (e: { ballots?: unknown; totals?: unknown }) =>
  (e.ballots === undefined) !== (e.totals === undefined);

export const tallyInput = tallyFields.strict().refine(countedOneWay, oneWayOfCounting);

const line = z.string().max(300);
/**
 * The Biên bản kiểm phiếu: the election as counted plus what the minutes say around the figures. The header
 * (upperLevel, issuer, locality) comes from the organisation profile when the vault is unlocked; given here it wins.
 */
export const minutesInput = tallyFields
  .extend({
    format: z.enum(['docx', 'pdf']),
    /** The congress or conference, e.g. "Đại hội Công đoàn cơ sở … nhiệm kỳ 2025–2030". */
    title: line.optional(),
    /** The body elected: "Ban Chấp hành", "Chủ tịch", "Ủy ban Kiểm tra". */
    electing: line.optional(),
    convened: count.optional(),
    present: count.optional(),
    date: isoDate.optional(),
    /** Where the count took place (the hall), not the locality of the header. */
    place: line.optional(),
    /** Ban kiểm phiếu; the first is Trưởng ban. */
    counters: z.array(z.string().min(1).max(200)).max(15).optional(),
    upperLevel: line.optional(),
    issuer: line.optional(),
    /** The locality of the header's place/date line ("Hà Nội, ngày …"). */
    locality: z.string().max(100).optional(),
  })
  .strict()
  .refine(countedOneWay, oneWayOfCounting)
  .refine((e) => e.present === undefined || e.convened === undefined || e.present <= e.convened, {
    message: 'Số đại biểu có mặt không thể nhiều hơn số đại biểu được triệu tập.',
    path: ['present'],
  });
export type MinutesInput = z.output<typeof minutesInput>;

export const tallyResult = z.object({
  issued: z.number().int(),
  collected: z.number().int(),
  valid: z.number().int(),
  invalid: z.number().int(),
  threshold: z.number().int(),
  results: z.array(
    z.object({
      name: z.string(),
      votes: z.number().int(),
      percent: z.number(),
      elected: z.boolean(),
      tie: z.boolean(),
    }),
  ),
});

// The zod shapes and the plain types of tally.ts are one thing: a drift is a type error here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const inputMatches: Same<z.output<typeof tallyInput>, TallyInput> = true;
const resultMatches: Same<z.output<typeof tallyResult>, TallyResult> = true;
void inputMatches;
void resultMatches;

export const electionsContract = {
  commands: {
    /** Count a secret-ballot election from its ballots or its totals; touches no data, needs no unlocked vault. */
    'elections.tally': { input: tallyInput, output: tallyResult },
    /** The Biên bản kiểm phiếu as a file, rendered by the document engine; it uses the profile when unlocked. */
    'elections.minutes': { input: minutesInput, output: fileData },
  },
} as const satisfies ContractPart;
