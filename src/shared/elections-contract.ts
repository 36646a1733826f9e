/**
 * Elections' part of the contract: the vote count (kiểm phiếu). The schemas check shapes and bounds; the count's
 * own rules (collected ≤ issued, names on the list, totals that add up) are checked by `tallyElection` itself, so
 * the renderer's live ballot entry, which calls it directly, gets the same errors.
 */
import { z } from 'zod';
import type { ContractPart } from './contract-part';
import { DENOMINATORS, type TallyInput, type TallyResult } from './elections/tally';

// Far above any congress (a few hundred delegates, a few dozen candidates), low enough to bound the work.
const MAX_BALLOTS = 100_000;
const MAX_CANDIDATES = 500;
const count = z.number().int().min(0).max(1_000_000_000);
const candidateName = z.string().max(200);

export const tallyInput = z
  .object({
    seats: z.number().int().min(1).max(MAX_CANDIDATES),
    candidates: z.array(candidateName).min(1).max(MAX_CANDIDATES),
    denominator: z.enum(DENOMINATORS),
    issued: count,
    collected: count,
    ballots: z.array(z.array(candidateName).max(MAX_CANDIDATES)).max(MAX_BALLOTS).optional(),
    totals: z.record(candidateName, count).optional(),
    invalid: count.optional(),
  })
  .strict()
  .refine((e) => (e.ballots === undefined) !== (e.totals === undefined), {
    message: 'Cần nhập hoặc từng phiếu (ballots) hoặc số phiếu của mỗi người (totals), không cả hai.',
  });

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
  },
} as const satisfies ContractPart;
