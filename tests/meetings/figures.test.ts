/** Quorum and motion figures: a generated table against independent formulas, and through the core per kind. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { motionPassed, percentOf, QUORUM_OF_RULE, quorumMet, quorumRequired } from '../../src/core/meetings/figures';
import { DEFAULT_SETTINGS } from '../../src/core/settings/settings';
import { MEETING_KINDS } from '../../src/shared/meetings-contract';
import { call, cccd, registerCore, type Register } from './helpers';

describe('quorum (pure)', () => {
  const twoThirds = QUORUM_OF_RULE.twoThirds;
  const byKind = (k: keyof typeof DEFAULT_SETTINGS.meetingQuorum) => QUORUM_OF_RULE[DEFAULT_SETTINGS.meetingQuorum[k]];

  it('is present·3 >= convened·2 for every n in 1..60 and every head count', () => {
    for (let n = 1; n <= 60; n++)
      for (let present = 0; present <= n; present++) {
        expect(quorumMet(present, n, twoThirds), `${present}/${n}`).toBe(present * 3 >= n * 2);
        const required = quorumRequired(n, twoThirds);
        expect(present >= required, `required ${required} of ${n}`).toBe(present * 3 >= n * 2);
      }
  });

  it('meets exactly two thirds and not just under it', () => {
    expect(quorumMet(8, 12, twoThirds)).toBe(true);
    expect(quorumMet(7, 11, twoThirds)).toBe(false); // 7/11 = 0.636… < 2/3
    expect(quorumMet(2, 3, twoThirds)).toBe(true);
    expect(quorumMet(0, 0, twoThirds)).toBe(false);
  });

  it('needs two thirds for congresses, BCH and standing committee meetings by default; none for the others', () => {
    expect(MEETING_KINDS.filter((k) => byKind(k) !== null).sort()).toEqual(['bch', 'congress', 'standing']);
    expect(quorumMet(0, 10, byKind('group'))).toBe(true);
    expect(quorumRequired(10, byKind('group'))).toBe(0);
  });
});

describe('motions (pure)', () => {
  it('gives percentages of those present to 2 decimals, summing to 100 within rounding', () => {
    for (let present = 1; present <= 60; present++)
      for (let f = 0; f <= present; f++) {
        const against = Math.floor((present - f) / 2);
        const abstain = present - f - against;
        const sum = percentOf(f, present) + percentOf(against, present) + percentOf(abstain, present);
        expect(Math.abs(sum - 100)).toBeLessThanOrEqual(0.015 + 1e-9);
        expect(percentOf(f, present)).toBeCloseTo(Math.round((f / present) * 10_000) / 100, 10);
      }
    expect(percentOf(2, 3)).toBe(66.67);
    expect(percentOf(1, 3)).toBe(33.33);
    expect(percentOf(1, 8)).toBe(12.5);
    expect(percentOf(5, 0)).toBe(0);
  });

  it('passes on more than half of those present, or two thirds when the rule says so', () => {
    for (let present = 1; present <= 60; present++)
      for (let f = 0; f <= present; f++) {
        expect(motionPassed(f, present, 'majority')).toBe(f * 2 > present);
        expect(motionPassed(f, present, 'twoThirds')).toBe(f * 3 >= present * 2);
      }
    expect(motionPassed(5, 10, 'majority')).toBe(false); // exactly half is not a majority
    expect(motionPassed(0, 0, 'majority')).toBe(false);
  });
});

describe('figures through the core', () => {
  let r: Register;
  beforeAll(async () => {
    r = await registerCore();
  });
  afterAll(async () => {
    await r.core.close();
  });

  const everyone = () => Object.values(r.ids).map((memberId) => ({ memberId }));

  it.each(MEETING_KINDS)('computes present/total and the quorum of a %s meeting', async (kind) => {
    // 6 convened, 4 present (one by proxy): 4·3 >= 6·2, exactly two thirds.
    const attendance = [
      { member: { idNumber: cccd(1) }, state: 'present' },
      { member: { idNumber: cccd(2) }, state: 'present' },
      { member: { idNumber: cccd(3) }, state: 'present' },
      { member: { idNumber: cccd(4) }, state: 'proxy', proxy: { idNumber: cccd(1) } },
      { member: { idNumber: cccd(5) }, state: 'absent', reason: 'Ốm' },
      { member: { name: 'Khách mời' }, state: 'present' }, // not convened: not counted
    ];
    const { id } = await call(r.core, 'meetings.create', {
      kind,
      title: 'Họp',
      startsAt: '2026-04-01T14:00',
      invitees: everyone(),
      attendance,
    });
    let { figures } = await call(r.core, 'meetings.get', { id });
    const fraction = QUORUM_OF_RULE[DEFAULT_SETTINGS.meetingQuorum[kind]];
    expect(figures).toMatchObject({ convened: 6, present: 4, presentText: 'Có mặt 4/6' });
    expect(figures.quorum).toEqual({
      fraction: fraction ? '2/3' : null,
      required: fraction ? 4 : 0,
      met: true,
    });
    await call(r.core, 'meetings.setAttendance', { id, attendance: attendance.slice(0, 3) });
    ({ figures } = await call(r.core, 'meetings.get', { id }));
    expect(figures.quorum.met).toBe(!fraction); // 3 of 6 is under two thirds
  });

  it('answers each motion with its percentages of those present and whether it passed', async () => {
    const { id } = await call(r.core, 'meetings.create', {
      kind: 'bch',
      title: 'Biểu quyết',
      startsAt: '2026-04-02T08:00',
      invitees: everyone(),
      attendance: [1, 2, 3].map((n) => ({ member: { idNumber: cccd(n) }, state: 'present' })),
      motions: [
        { text: 'Hai phần ba', for: 2, against: 1, abstain: 0 },
        { text: 'Không đủ', for: 1, against: 1, abstain: 1 },
        { text: 'Hai phần ba theo luật', for: 2, against: 0, abstain: 1, rule: 'twoThirds' },
      ],
    });
    const { meeting } = await call(r.core, 'meetings.get', { id });
    expect(meeting.motions[0]).toMatchObject({ percentFor: 66.67, percentAgainst: 33.33, passed: true });
    expect(meeting.motions[1]).toMatchObject({ percentFor: 33.33, percentAbstain: 33.33, passed: false });
    expect(meeting.motions[2]).toMatchObject({ rule: 'twoThirds', passed: true });
  });
});
