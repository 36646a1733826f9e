/**
 * A ballot typed as the numbers of the candidates struck out ("2 5", "2,5"): which names that strikes, which it keeps,
 * and whether the ballot counts, by the same rule the core applies (shared/elections/tally.ts `ballotProblem`).
 */
import { ballotProblem, type InvalidReason } from '../../shared/elections/tally';

export interface TypedBallot {
  struck: string[];
  kept: string[];
  /** Numbers typed that are not on the list (1-based), shown as an error before Enter. */
  unknown: number[];
  problem: InvalidReason | null;
}

export function readBallot(typed: string, candidates: readonly string[], seats: number): TypedBallot {
  const numbers = typed
    .split(/[\s,;.+]+/)
    .filter(Boolean)
    .map((s) => Number(s));
  const unknown = numbers.filter((n) => !Number.isInteger(n) || n < 1 || n > candidates.length);
  const picked = new Set(numbers.filter((n) => !unknown.includes(n)).map((n) => n - 1));
  const struck = candidates.filter((_, i) => picked.has(i));
  const kept = candidates.filter((_, i) => !picked.has(i));
  return { struck, kept, unknown, problem: candidates.length ? ballotProblem(struck, candidates, seats) : 'blank' };
}

/** Only digits and separators reach the box: a letter typed by mistake would otherwise stay unseen. */
export const BALLOT_CHARS = /^[\d\s,;.+]*$/;
