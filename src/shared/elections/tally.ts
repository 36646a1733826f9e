/**
 * The vote count (kiểm phiếu) of a secret-ballot election: pure and exact (integers only until the percentages), so
 * the CLI, the core and later the renderer's live ballot entry all count the same way.
 *
 * A ballot is the list of names the voter struck out, as on paper; the names left are the votes. A ballot is
 * invalid when it strikes a name not on the list, keeps no name (blank) or keeps more names than there are seats.
 * A candidate is elected with strictly more than half of the denominator (ballots issued, collected or valid: a
 * setting) and within the seats, by rank; candidates tied across the last seat are flagged for a re-vote and none
 * of them is elected.
 */
import { AppError } from '../errors';
import { compareNames, splitName } from '../text/names';

export const DENOMINATORS = ['issued', 'collected', 'valid'] as const;
export type Denominator = (typeof DENOMINATORS)[number];

export interface TallyInput {
  seats: number;
  /** In ballot order. */
  candidates: string[];
  denominator: Denominator;
  issued: number;
  collected: number;
  /** Ballot by ballot: each one the names struck out. Exactly one of `ballots` and `totals`. */
  ballots?: string[][];
  /** Votes per candidate, counted by hand (a candidate left out has none), with the invalid ballots' count. */
  totals?: Record<string, number>;
  invalid?: number;
}

export interface CandidateResult {
  name: string;
  votes: number;
  /** Of the denominator, rounded to 2 decimals (0 when the denominator is 0). */
  percent: number;
  elected: boolean;
  /** Tied across the last seat: not elected until a re-vote. */
  tie: boolean;
}

export interface TallyResult {
  issued: number;
  collected: number;
  valid: number;
  invalid: number;
  /** The fewest votes that elect: strictly more than half of the denominator. */
  threshold: number;
  /** Ranked by votes, then by name (given name first, as lists are sorted). */
  results: CandidateResult[];
}

/** Why a ballot does not count. */
export type InvalidReason = 'outsideList' | 'blank' | 'tooManyKept';

const invalidInput = (message: string, path: (string | number)[]) =>
  new AppError('VALIDATION', message, [{ path: path.map(String), message }]);

/** Names compare exactly, once in NFC and trimmed (a decomposed "ệ" typed elsewhere is the same name). */
export const cleanName = (name: string): string => name.normalize('NFC').trim();

function requireCount(value: number, path: string, label: string, min = 0): void {
  if (!Number.isSafeInteger(value) || value < min) {
    const bound = min === 0 ? 'số nguyên không âm' : `số nguyên từ ${min} trở lên`;
    throw invalidInput(`${label} phải là ${bound} (đang là ${String(value)}).`, [path]);
  }
}

function checkCandidates(candidates: string[]): string[] {
  if (candidates.length === 0) throw invalidInput('Danh sách ứng cử viên đang trống.', ['candidates']);
  const names = candidates.map(cleanName);
  const seen = new Set<string>();
  names.forEach((name, i) => {
    if (name === '') throw invalidInput(`Ứng cử viên thứ ${i + 1} chưa có tên.`, ['candidates', i]);
    if (seen.has(name)) throw invalidInput(`Ứng cử viên "${name}" có tên hai lần trong danh sách.`, ['candidates', i]);
    seen.add(name);
  });
  return names;
}

/** Whether one ballot counts, given the candidates' names (cleaned) and the seats: null when it is valid. */
export function ballotProblem(
  struck: readonly string[],
  names: readonly string[],
  seats: number,
): InvalidReason | null {
  return problemOf(new Set(struck.map(cleanName)), new Set(names), seats);
}

function problemOf(struck: ReadonlySet<string>, names: ReadonlySet<string>, seats: number): InvalidReason | null {
  for (const name of struck) if (!names.has(name)) return 'outsideList';
  const kept = names.size - struck.size; // a name struck twice is struck once
  if (kept === 0) return 'blank';
  return kept > seats ? 'tooManyKept' : null;
}

interface Counted {
  votes: number[];
  valid: number;
  invalid: number;
}

function countBallots(ballots: string[][], names: string[], seats: number, collected: number): Counted {
  if (ballots.length !== collected) {
    throw invalidInput(`Đã nhập ${ballots.length} phiếu nhưng số phiếu thu vào là ${collected}.`, ['ballots']);
  }
  const votes = names.map(() => 0);
  const nameSet = new Set(names); // sets, not lists: 100 000 ballots of 500 names stay quick
  let valid = 0;
  for (const ballot of ballots) {
    const struck = new Set(ballot.map(cleanName));
    if (problemOf(struck, nameSet, seats) !== null) continue;
    valid++;
    names.forEach((name, i) => {
      if (!struck.has(name)) votes[i]++;
    });
  }
  return { votes, valid, invalid: collected - valid };
}

function countTotals(input: TallyInput, totals: Record<string, number>, names: string[]): Counted {
  const invalid = input.invalid ?? 0;
  requireCount(invalid, 'invalid', 'Số phiếu không hợp lệ');
  if (invalid > input.collected) {
    throw invalidInput(`Số phiếu không hợp lệ (${invalid}) lớn hơn số phiếu thu vào (${input.collected}).`, [
      'invalid',
    ]);
  }
  const valid = input.collected - invalid;
  const votes = names.map(() => 0);
  const given = new Set<string>();
  for (const [rawName, count] of Object.entries(totals)) {
    const name = cleanName(rawName);
    const i = names.indexOf(name);
    if (i < 0) throw invalidInput(`"${name}" không có trong danh sách ứng cử viên.`, ['totals', rawName]);
    // Two spellings of one name (NFD and NFC) would count one candidate twice.
    if (given.has(name)) throw invalidInput(`Số phiếu của "${name}" được nhập hai lần.`, ['totals', rawName]);
    given.add(name);
    requireCount(count, `totals.${rawName}`, `Số phiếu của ${name}`);
    if (count > valid) {
      throw invalidInput(`${name} có ${count} phiếu, nhiều hơn số phiếu hợp lệ (${valid}).`, ['totals', rawName]);
    }
    votes[i] = count;
  }
  // A valid ballot keeps at least one name and at most as many as there are seats.
  const sum = votes.reduce((a, b) => a + b, 0);
  const most = valid * Math.min(input.seats, names.length);
  if (sum < valid || sum > most) {
    const range = `từ ${valid} đến ${most}`;
    throw invalidInput(`Tổng số phiếu bầu (${sum}) phải ${range} với ${valid} phiếu hợp lệ.`, ['totals']);
  }
  return { votes, valid, invalid };
}

/** Percent of `denominator`, rounded half up to 2 decimals with integers only. */
export function percentOf(votes: number, denominator: number): number {
  if (denominator === 0) return 0;
  return Math.floor((votes * 20000 + denominator) / (2 * denominator)) / 100;
}

/** Count the election: every figure of the vote-count minutes. Bad input throws VALIDATION in Vietnamese. */
export function tallyElection(input: TallyInput): TallyResult {
  requireCount(input.seats, 'seats', 'Số người cần bầu', 1);
  requireCount(input.issued, 'issued', 'Số phiếu phát ra');
  requireCount(input.collected, 'collected', 'Số phiếu thu vào');
  if (input.collected > input.issued) {
    const message = `Số phiếu thu vào (${input.collected}) lớn hơn số phiếu phát ra (${input.issued}).`;
    throw invalidInput(message, ['collected']);
  }
  const names = checkCandidates(input.candidates);
  const byBallots = input.ballots !== undefined;
  if (byBallots === (input.totals !== undefined)) {
    throw invalidInput('Cần nhập hoặc từng phiếu (ballots) hoặc số phiếu của mỗi người (totals), không cả hai.', []);
  }
  if (byBallots && input.invalid !== undefined) {
    throw invalidInput('Khi nhập từng phiếu, số phiếu không hợp lệ được tính ra, không nhập.', ['invalid']);
  }
  const { votes, valid, invalid } = input.ballots
    ? countBallots(input.ballots, names, input.seats, input.collected)
    : countTotals(input, input.totals ?? {}, names);

  const denominator = { issued: input.issued, collected: input.collected, valid }[input.denominator];
  const ranked = names
    .map((name, i) => ({ name, votes: votes[i], parts: { ...splitName(name), fullName: name } }))
    .sort((a, b) => b.votes - a.votes || compareNames(a.parts, b.parts));
  const seatsOutcome = decideSeats(
    ranked.map((c) => c.votes),
    input.seats,
    denominator,
  );
  return {
    issued: input.issued,
    collected: input.collected,
    valid,
    invalid,
    threshold: Math.floor(denominator / 2) + 1,
    results: ranked.map((c, i) => ({
      name: c.name,
      votes: c.votes,
      percent: percentOf(c.votes, denominator),
      ...seatsOutcome[i],
    })),
  };
}

/**
 * Who wins a seat, given the votes ranked from most to fewest. Only candidates above half can win; when more of
 * them than there are seats have the last winning score, that tie is decided by a re-vote, not by this count.
 */
function decideSeats(ranked: number[], seats: number, denominator: number): { elected: boolean; tie: boolean }[] {
  const above = ranked.filter((v) => v * 2 > denominator).length; // ranked: they come first
  const lastSeatVotes = above > seats ? ranked[seats - 1] : undefined;
  const tiedAcross = lastSeatVotes !== undefined && ranked[seats] === lastSeatVotes;
  return ranked.map((votes, i) => {
    if (i >= above) return { elected: false, tie: false };
    if (tiedAcross && votes === lastSeatVotes) return { elected: false, tie: true };
    return { elected: i < seats, tie: false };
  });
}
