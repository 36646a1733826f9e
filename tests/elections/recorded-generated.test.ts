/**
 * A generated congress election (a seeded PRNG: 300 ballots, some invalid by each rule, some removed and entered
 * again) recorded ballot by ballot on a real core: its live count must be exactly `elections.tally` of the same
 * ballots, and its invalid ballots by reason exactly what `ballotProblem` says of each.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/core';
import { ballotProblem } from '../../src/shared/elections/tally';
import { call, initCore } from '../helpers/core';

/** mulberry32: small and seedable (as in tally-generated.test.ts). */
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

const CANDIDATES = [
  'Nguyễn Văn An',
  'Trần Thị Bình',
  'Lê Văn Cường',
  'Phạm Văn Dũng',
  'Đỗ Thu Hà',
  'Hoàng Thị Lan',
  'Vũ Văn Minh',
  'Đặng Thị Nga',
  'Bùi Hữu Phúc',
  'Ngô Thị Thảo',
  'Lý Hải Yến',
];
const SEATS = 9;

function ballots(seed: number, n: number): string[][] {
  const rnd = prng(seed);
  return Array.from({ length: n }, () => {
    const r = rnd();
    if (r < 0.03) return [...CANDIDATES]; // blank
    if (r < 0.06) return [CANDIDATES[0]]; // keeps 10 of 11: too many
    if (r < 0.08) return ['Người Ngoài Danh Sách', CANDIDATES[1], CANDIDATES[2]];
    // Valid: strike 2 to 4 names, the favourites less often.
    const struck = CANDIDATES.filter((_, i) => rnd() < 0.1 + i * 0.04);
    return struck.length >= 2 ? struck.slice(0, 4) : [CANDIDATES[9], CANDIDATES[10]];
  });
}

let core: Core;
beforeAll(async () => {
  core = (await initCore()).core;
});
afterAll(async () => {
  await core.close();
});

describe('a recorded election of 300 ballots', () => {
  for (const denominator of ['collected', 'valid'] as const) {
    it(`counts as elections.tally does on the same ballots (denominator: ${denominator})`, async () => {
      const entered = ballots(denominator === 'valid' ? 7 : 11, 300);
      const { id } = await call(core, 'elections.create', {
        body: 'bch',
        electing: 'Ban Chấp hành Công đoàn cơ sở khóa II',
        seats: SEATS,
        candidates: CANDIDATES.map((name) => ({ name })),
        denominator,
        issued: 310,
        collected: 300,
      });
      const names = CANDIDATES;
      // Ten mistakes removed as they would be at the desk: entered, then taken out by index.
      for (let i = 0; i < 10; i++) await call(core, 'elections.addBallot', { id, struck: [] });
      for (let i = 9; i >= 0; i--) await call(core, 'elections.removeBallot', { id, index: i });
      for (const [i, struck] of entered.entries()) {
        const added = await call(core, 'elections.addBallot', { id, struck });
        const reason = ballotProblem(struck, names, SEATS);
        expect(added).toEqual({ index: i, valid: reason === null, reason, count: i + 1 });
      }

      const got = await call(core, 'elections.get', { id });
      expect(got.problem).toBeNull();
      expect(got.election.ballots).toEqual(entered);
      const direct = await call(core, 'elections.tally', {
        seats: SEATS,
        candidates: names,
        denominator,
        issued: 310,
        collected: 300,
        ballots: entered,
      });
      expect(got.tally).toEqual(direct);
      const byReason = { outsideList: 0, blank: 0, tooManyKept: 0 };
      for (const b of entered) {
        const reason = ballotProblem(b, names, SEATS);
        if (reason) byReason[reason]++;
      }
      expect(got.invalidByReason).toEqual(byReason);
      expect(direct.invalid).toBe(byReason.outsideList + byReason.blank + byReason.tooManyKept);
      expect(byReason.blank * byReason.tooManyKept * byReason.outsideList).toBeGreaterThan(0); // every rule met
      const listed = (await call(core, 'elections.list', {})).items.find((e: { id: string }) => e.id === id);
      expect(listed.ballotCount).toBe(300);
    });
  }
});
