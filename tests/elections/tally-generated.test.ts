/**
 * ~500 generated elections (a seeded PRNG: a failure is replayed by its seed) counted by `tallyElection` and by a
 * plain reimplementation written here, rank-free: a candidate above half is elected when those with more votes plus
 * those with as many fit in the seats, and tied when those with more fit but those with as many do not.
 */
import { describe, expect, it } from 'vitest';
import { tallyElection, type Denominator, type TallyInput } from '../../src/shared/elections/tally';

/** mulberry32: small, seedable, good enough to spread the cases. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Given names in Vietnamese alphabetical order (base letters: c < d < đ …), one per candidate, so the reference
// breaks ties by this list's order alone.
const GIVEN = ['An', 'Bình', 'Chi', 'Cường', 'Dũng', 'Đạt', 'Giang', 'Hà', 'Hải', 'Khánh', 'Lan', 'Minh'];
const FAMILY = ['Nguyễn Văn', 'Trần Thị', 'Lê', 'Phạm Quang', 'Vũ Thị Thu', 'Đỗ'];
const OUTSIDE = 'Hoàng Văn Ngoài';

interface Election extends TallyInput {
  ballots: string[][];
}

function generate(seed: number): Election {
  const rnd = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const n = int(1, 8);
  const candidates = GIVEN.slice(0, 12)
    .map((g) => ({ g, k: rnd() }))
    .sort((a, b) => a.k - b.k)
    .slice(0, n)
    .map(({ g }) => `${FAMILY[int(0, FAMILY.length - 1)]} ${g}`);
  const seats = int(1, n);
  const issued = int(0, 30);
  const collected = int(0, issued);
  // Mostly valid ballots keeping up to `seats` names, often the same favourites: many candidates pass half, and
  // ties across the last seat happen. The rest strike at random, a name off the list, or a name twice.
  const favourites = candidates.slice(0, seats + int(0, 1));
  const ballots = Array.from({ length: collected }, () => {
    if (rnd() < 0.8) {
      const pool = rnd() < 0.8 ? favourites : candidates;
      const kept = [...pool].sort(() => rnd() - 0.5).slice(0, rnd() < 0.8 ? seats : int(1, seats));
      return candidates.filter((c) => !kept.includes(c));
    }
    const struck = candidates.filter(() => rnd() < 0.35);
    if (rnd() < 0.2) struck.push(OUTSIDE);
    if (rnd() < 0.2 && struck.length > 0) struck.push(struck[0]);
    return struck;
  });
  const denominator = (['issued', 'collected', 'valid'] as Denominator[])[int(0, 2)];
  return { seats, candidates, denominator, issued, collected, ballots };
}

interface Expected {
  valid: number;
  invalid: number;
  votes: Map<string, number>;
  denominator: number;
}

function countPlainly(e: Election): Expected {
  const votes = new Map(e.candidates.map((c) => [c, 0]));
  let valid = 0;
  for (const ballot of e.ballots) {
    if (ballot.some((name) => !votes.has(name))) continue;
    const kept = e.candidates.filter((c) => !ballot.includes(c));
    if (kept.length === 0 || kept.length > e.seats) continue;
    valid++;
    for (const c of kept) votes.set(c, votes.get(c)! + 1);
  }
  const denominator = e.denominator === 'issued' ? e.issued : e.denominator === 'collected' ? e.collected : valid;
  return { valid, invalid: e.collected - valid, votes, denominator };
}

const givenIndex = (name: string) => GIVEN.indexOf(name.split(' ').pop()!);

function check(seed: number): { elected: number; ties: number; invalid: number } {
  const e = generate(seed);
  const r = tallyElection(e);
  const x = countPlainly(e);
  const at = `seed ${seed}`;
  expect({ valid: r.valid, invalid: r.invalid }, at).toEqual({ valid: x.valid, invalid: x.invalid });
  expect(r.valid + r.invalid, at).toBe(e.collected);
  let threshold = 0;
  while (threshold * 2 <= x.denominator) threshold++;
  expect(r.threshold, at).toBe(threshold);

  const order = [...e.candidates].sort((a, b) => x.votes.get(b)! - x.votes.get(a)! || givenIndex(a) - givenIndex(b));
  expect(
    r.results.map((c) => c.name),
    at,
  ).toEqual(order);
  const above = e.candidates.filter((c) => x.votes.get(c)! * 2 > x.denominator);
  for (const c of r.results) {
    const v = x.votes.get(c.name)!;
    const more = above.filter((o) => x.votes.get(o)! > v).length;
    const asMany = above.filter((o) => x.votes.get(o)! === v).length;
    const isAbove = above.includes(c.name);
    expect(c.votes, at).toBe(v);
    expect(c.elected, `${at} ${c.name}`).toBe(isAbove && more + asMany <= e.seats);
    expect(c.tie, `${at} ${c.name}`).toBe(isAbove && more < e.seats && more + asMany > e.seats);
    const percent = x.denominator === 0 ? 0 : Math.round((v * 10000) / x.denominator) / 100;
    expect(c.percent, at).toBe(percent);
    // The invariants, said once more on their own.
    if (c.elected) expect(c.votes * 2, at).toBeGreaterThan(x.denominator);
    expect(c.elected && c.tie, at).toBe(false);
  }
  const elected = r.results.filter((c) => c.elected).length;
  expect(elected, at).toBeLessThanOrEqual(e.seats);

  // The same election entered as totals (valid ballots' votes, invalid ballots counted) counts the same.
  const totals = Object.fromEntries(e.candidates.map((c) => [c, x.votes.get(c)!]));
  const byTotals = tallyElection({ ...e, ballots: undefined, totals, invalid: x.invalid });
  expect(byTotals, at).toEqual(r);
  return { elected, ties: r.results.filter((c) => c.tie).length, invalid: r.invalid };
}

describe('generated elections', () => {
  it('count as the plain reimplementation does, and keep the invariants (500 seeds)', () => {
    let elected = 0;
    let ties = 0;
    let invalid = 0;
    for (let seed = 1; seed <= 500; seed++) {
      const seen = check(seed);
      elected += seen.elected;
      ties += seen.ties;
      invalid += seen.invalid;
    }
    // The generator reaches the interesting cases, not just empty elections.
    expect(elected).toBeGreaterThan(100);
    expect(ties).toBeGreaterThan(10);
    expect(invalid).toBeGreaterThan(100);
  });
});
