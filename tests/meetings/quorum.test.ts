/**
 * The quorum per kind of meeting is the `meetingQuorum` setting: its kinds are exactly the meeting kinds, 'half' is
 * strictly more than half, and a changed setting changes the figures (and the minutes) at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUORUM_OF_RULE, quorumMet, quorumRequired } from '../../src/core/meetings/figures';
import { DEFAULT_SETTINGS } from '../../src/core/settings/settings';
import { MEETING_KINDS } from '../../src/shared/meetings-contract';
import { meetingQuorum } from '../../src/shared/settings-contract';
import { call, cccd, registerCore, type Register } from './helpers';

describe('the meetingQuorum setting', () => {
  it('has exactly one rule per meeting kind', () => {
    expect(Object.keys(meetingQuorum.shape).sort()).toEqual([...MEETING_KINDS].sort());
    expect(Object.keys(DEFAULT_SETTINGS.meetingQuorum).sort()).toEqual([...MEETING_KINDS].sort());
  });

  it("reads 'half' as strictly more than half, for every n in 1..60 and every head count", () => {
    const half = QUORUM_OF_RULE.half;
    for (let n = 1; n <= 60; n++)
      for (let present = 0; present <= n; present++) {
        expect(quorumMet(present, n, half), `${present}/${n}`).toBe(present * 2 > n);
        expect(present >= quorumRequired(n, half), `required of ${n}`).toBe(present * 2 > n);
      }
    expect(quorumMet(5, 10, half)).toBe(false);
    expect(quorumMet(6, 10, half)).toBe(true);
    expect(quorumRequired(9, half)).toBe(5);
    expect(quorumMet(0, 0, half)).toBe(false);
    expect(QUORUM_OF_RULE.none).toBeNull();
  });
});

describe('a changed setting through the core', () => {
  let r: Register;
  beforeAll(async () => {
    r = await registerCore();
    await call(r.core, 'org.update', { place: 'Hà Nội', upperLevelName: 'Công đoàn KCN Thăng Long' });
  });
  afterAll(async () => {
    await r.core.close();
  });

  /** Six convened (everyone), `n` of them present. */
  const meetingOf = async (kind: string, n: number) =>
    (
      await call(r.core, 'meetings.create', {
        kind,
        title: 'Họp',
        startsAt: '2026-04-01T14:00',
        chair: { idNumber: cccd(1) },
        secretary: { idNumber: cccd(2) },
        invitees: Object.values(r.ids).map((memberId) => ({ memberId })),
        attendance: Array.from({ length: n }, (_, i) => ({ member: { idNumber: cccd(i + 1) }, state: 'present' })),
      })
    ).id as string;
  const quorumOf = async (id: string) => (await call(r.core, 'meetings.get', { id })).figures.quorum;

  it('uses the stored rule of the kind, and the defaults before anything is stored', async () => {
    const group = await meetingOf('group', 3);
    const bch = await meetingOf('bch', 3);
    expect(await quorumOf(group)).toEqual({ fraction: null, required: 0, met: true });
    expect(await quorumOf(bch)).toEqual({ fraction: '2/3', required: 4, met: false });

    await call(r.core, 'settings.update', {
      meetingQuorum: { ...DEFAULT_SETTINGS.meetingQuorum, group: 'half', bch: 'none' },
    });
    // 3 of 6 is exactly half: not more than half.
    expect(await quorumOf(group)).toEqual({ fraction: '1/2', required: 4, met: false });
    expect(await quorumOf(bch)).toEqual({ fraction: null, required: 0, met: true });
    expect(await quorumOf(await meetingOf('group', 4))).toEqual({ fraction: '1/2', required: 4, met: true });
  });

  it('prints the rule in the minutes: "trên 1/2" for half', async () => {
    const id = await meetingOf('group', 4);
    const { documentId } = await call(r.core, 'meetings.minutes', { id });
    const body = JSON.stringify((await call(r.core, 'docs.get', { id: documentId })).model.body);
    expect(body).toContain('Có mặt 4/6, đạt tỷ lệ trên 1/2 (4 người) theo quy định');
  });
});
