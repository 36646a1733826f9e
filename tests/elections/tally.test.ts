/**
 * The vote count, rule by rule by hand, then ~500 generated elections against a plain reimplementation written
 * for this test (rank-free: elected and tie come from counting who has more votes, not from the sorted list).
 */
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/shared/errors';
import { ballotProblem, percentOf, tallyElection, type TallyInput } from '../../src/shared/elections/tally';

const AN = 'Nguyễn Văn An';
const BINH = 'Trần Thị Bình';
const CUONG = 'Lê Văn Cường';
const DUNG = 'Phạm Thị Dung';
const FOUR = [AN, BINH, CUONG, DUNG];

const base = { issued: 0, collected: 0, denominator: 'valid' as const };
const byName = (r: ReturnType<typeof tallyElection>) => Object.fromEntries(r.results.map((c) => [c.name, c]));

function validationError(input: TallyInput): AppError {
  try {
    tallyElection(input);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('VALIDATION');
    return e as AppError;
  }
  throw new Error('expected a VALIDATION error');
}

describe('a ballot', () => {
  it('keeping more names than seats, keeping none, or striking a name off the list is invalid', () => {
    expect(ballotProblem([AN], FOUR, 2)).toBe('tooManyKept');
    expect(ballotProblem([], FOUR, 3)).toBe('tooManyKept');
    expect(ballotProblem(FOUR, FOUR, 2)).toBe('blank');
    expect(ballotProblem([AN, 'Hoàng Văn Em'], FOUR, 2)).toBe('outsideList');
    expect(ballotProblem([AN, BINH], FOUR, 2)).toBeNull();
    expect(ballotProblem([AN, BINH, CUONG], FOUR, 2)).toBeNull();
    expect(ballotProblem([], FOUR, 4)).toBeNull();
    // A name struck twice is struck once; a decomposed (NFD) name with spaces around is the same name.
    expect(ballotProblem([AN, AN, BINH], FOUR, 2)).toBeNull();
    expect(ballotProblem([` ${AN.normalize('NFD')} `, BINH], FOUR, 2)).toBeNull();
  });

  it('counts as invalid, separately, and gives no votes', () => {
    const ballots = [[AN], FOUR, ['Hoàng Văn Em'], [AN, BINH], [AN, BINH, CUONG]];
    const r = tallyElection({ ...base, seats: 2, candidates: FOUR, issued: 6, collected: 5, ballots });
    expect(r).toMatchObject({ issued: 6, collected: 5, valid: 2, invalid: 3, threshold: 2 });
    expect(byName(r)[DUNG].votes).toBe(2);
    expect(byName(r)[CUONG].votes).toBe(1);
    expect(byName(r)[AN].votes).toBe(0);
  });
});

describe('the "> 1/2" rule', () => {
  // 10 issued, 8 collected, 2 of them invalid: 6 valid. An has 5 votes, Bình 4, Cường 1 (3 seats).
  const valid = [...Array.from({ length: 4 }, () => [CUONG]), [BINH, CUONG], [AN, BINH]];
  const withInvalid = [...valid, [AN, BINH, CUONG], ['Hoàng Văn Em']];
  const input = { seats: 3, candidates: [AN, BINH, CUONG], issued: 10, collected: 8 };
  const count = (denominator: TallyInput['denominator']) =>
    byName(tallyElection({ ...input, denominator, ballots: withInvalid }));

  it('uses the denominator the setting names: valid, collected or issued ballots', () => {
    const r = tallyElection({ ...input, denominator: 'valid', ballots: withInvalid });
    expect(r).toMatchObject({ valid: 6, invalid: 2, threshold: 4 });
    expect(count('valid')[AN]).toMatchObject({ votes: 5, elected: true, percent: 83.33 });
    expect(count('valid')[BINH]).toMatchObject({ votes: 4, elected: true, percent: 66.67 });
    expect(count('collected')[AN]).toMatchObject({ elected: true, percent: 62.5 });
    expect(count('collected')[BINH]).toMatchObject({ elected: false, percent: 50 }); // exactly half of 8
    expect(count('issued')[AN]).toMatchObject({ elected: false, percent: 50 }); // exactly half of 10
    expect(tallyElection({ ...input, denominator: 'collected', ballots: withInvalid }).threshold).toBe(5);
    expect(tallyElection({ ...input, denominator: 'issued', ballots: withInvalid }).threshold).toBe(6);
    expect(count('valid')[CUONG]).toMatchObject({ votes: 1, elected: false, tie: false });
  });

  it('exactly half is not elected; one vote more is', () => {
    const half = { ...base, seats: 1, candidates: [AN, BINH], issued: 8, collected: 8 };
    expect(tallyElection({ ...half, totals: { [AN]: 4, [BINH]: 4 } }).results.every((c) => !c.elected)).toBe(true);
    expect(tallyElection({ ...half, totals: { [AN]: 5, [BINH]: 3 } }).results[0]).toMatchObject({ elected: true });
  });
});

describe('seats and ties', () => {
  const vote = (seats: number, totals: Record<string, number>) =>
    tallyElection({ ...base, seats, candidates: FOUR, issued: 20, collected: 20, totals });

  it('elects no more than the seats, by rank', () => {
    const r = vote(2, { [AN]: 15, [BINH]: 13, [CUONG]: 11, [DUNG]: 1 });
    expect(r.results.map((c) => [c.name, c.elected, c.tie])).toEqual([
      [AN, true, false],
      [BINH, true, false],
      [CUONG, false, false],
      [DUNG, false, false],
    ]);
  });

  it('flags candidates tied across the last seat and elects none of them', () => {
    const r = byName(vote(2, { [AN]: 15, [BINH]: 12, [CUONG]: 12, [DUNG]: 1 }));
    expect(r[AN]).toMatchObject({ elected: true, tie: false });
    expect(r[BINH]).toMatchObject({ elected: false, tie: true });
    expect(r[CUONG]).toMatchObject({ elected: false, tie: true });
    expect(r[DUNG]).toMatchObject({ elected: false, tie: false });
    // Three tied for the last two seats: all three wait for the re-vote.
    const three = byName(vote(3, { [AN]: 15, [BINH]: 13, [CUONG]: 13, [DUNG]: 13 }));
    expect([AN, BINH, CUONG, DUNG].map((n) => three[n].tie)).toEqual([false, true, true, true]);
    expect(three[AN].elected).toBe(true);
  });

  it('a tie inside the seats, or with a candidate below half, is no tie', () => {
    const inside = vote(3, { [AN]: 15, [BINH]: 13, [CUONG]: 13, [DUNG]: 12 });
    expect(inside.results.filter((c) => c.elected).length).toBe(3);
    expect(inside.results.some((c) => c.tie)).toBe(false);
    const below = vote(1, { [AN]: 10, [BINH]: 10 });
    expect(below.results.some((c) => c.tie || c.elected)).toBe(false);
  });

  it('ranks by votes, then by given name (Vietnamese order: d < đ), then family name', () => {
    const names = ['Lê Văn Đạt', 'Trần Văn Dũng', 'Bùi Thị An', 'Vũ Thị An'];
    const r = tallyElection({ ...base, seats: 1, candidates: names, totals: {} });
    expect(r.results.map((c) => c.name)).toEqual(['Bùi Thị An', 'Vũ Thị An', 'Trần Văn Dũng', 'Lê Văn Đạt']);
    expect(r.results.every((c) => c.percent === 0 && !c.elected)).toBe(true);
  });
});

describe('totals counted by hand', () => {
  it('take the invalid ballots as given; a decomposed name is its candidate', () => {
    const totals = { [AN.normalize('NFD')]: 6, [BINH]: 3 };
    const r = tallyElection({
      ...base,
      seats: 1,
      candidates: [AN, BINH],
      issued: 12,
      collected: 11,
      totals,
      invalid: 2,
    });
    expect(r).toMatchObject({ valid: 9, invalid: 2, threshold: 5 });
    expect(r.results[0]).toMatchObject({ name: AN, votes: 6, elected: true, percent: 66.67 });
  });

  it('refuse a name off the list, naming it, and totals that valid ballots cannot give', () => {
    const input = { ...base, seats: 1, candidates: [AN, BINH], issued: 4, collected: 4 };
    expect(validationError({ ...input, totals: { 'Hoàng Văn Em': 1 } }).message).toContain('Hoàng Văn Em');
    expect(validationError({ ...input, totals: { [AN]: 5 } }).message).toMatch(/nhiều hơn số phiếu hợp lệ/);
    expect(validationError({ ...input, totals: { [AN]: 3, [BINH]: 2 } }).message).toMatch(/Tổng số phiếu bầu/);
    expect(validationError({ ...input, totals: { [AN]: 1 } }).message).toMatch(/Tổng số phiếu bầu/);
    expect(validationError({ ...input, totals: { [AN]: 3 }, invalid: 5 }).details).toEqual([
      expect.objectContaining({ path: ['invalid'] }),
    ]);
    expect(validationError({ ...input, totals: { [AN]: 2, [AN.normalize('NFD')]: 2 } }).message).toMatch(/hai lần/);
  });
});

describe('the input', () => {
  const ok = { ...base, seats: 1, candidates: [AN, BINH], issued: 2, collected: 2, ballots: [[AN], [BINH]] };

  it('is refused with a Vietnamese message when the counts do not add up', () => {
    expect(validationError({ ...ok, issued: 1 }).message).toMatch(/lớn hơn số phiếu phát ra/);
    expect(validationError({ ...ok, collected: 1, issued: 1 }).message).toMatch(/Đã nhập 2 phiếu/);
    expect(validationError({ ...ok, seats: 0 }).message).toMatch(/Số người cần bầu/);
    expect(validationError({ ...ok, issued: -1 }).message).toMatch(/không âm/);
    expect(validationError({ ...ok, issued: 2.5 }).message).toMatch(/số nguyên/);
    expect(validationError({ ...ok, candidates: [] }).message).toMatch(/trống/);
    expect(validationError({ ...ok, candidates: [AN, ' '] }).message).toMatch(/chưa có tên/);
    expect(validationError({ ...ok, candidates: [AN, `${AN.normalize('NFD')} `] }).message).toMatch(/hai lần/);
    expect(validationError({ ...ok, totals: { [AN]: 1 } }).message).toMatch(/không cả hai/);
    expect(validationError({ ...ok, ballots: undefined }).message).toMatch(/không cả hai/);
    expect(validationError({ ...ok, invalid: 0 }).message).toMatch(/được tính ra/);
  });

  it('gives percentages rounded half up to 2 decimals, 0 of nothing', () => {
    expect([percentOf(1, 3), percentOf(2, 3), percentOf(1, 8), percentOf(1, 16), percentOf(7, 7)]).toEqual([
      33.33, 66.67, 12.5, 6.25, 100,
    ]);
    expect([percentOf(1, 20_000), percentOf(1, 20_001), percentOf(0, 0)]).toEqual([0.01, 0, 0]);
  });
});
