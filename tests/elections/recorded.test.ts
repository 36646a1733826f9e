/**
 * Recorded elections on a real core (SQLCipher): create, update, get with the live count, list, delete, ballots
 * entered and removed, and every refusal (unknown meeting or member, duplicate names, list or seats changed after
 * ballots, a ballot in a totals election). Writes are synced rows: each leaves its outbox entry.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, callErr, registerCore, type Register } from '../meetings/helpers';

let r: Register;
let meetingId: string;
beforeAll(async () => {
  r = await registerCore();
  meetingId = (
    await call(r.core, 'meetings.create', {
      kind: 'congress',
      title: 'Đại hội Công đoàn cơ sở nhiệm kỳ 2025–2030',
      startsAt: '2025-06-14T08:00',
    })
  ).id;
});
afterAll(async () => {
  await r.core.close();
});

const AN = 'Nguyễn Văn An';
const BINH = 'Trần Thị Bình';
const CUONG = 'Lê Văn Cường';

function bch(extra: Record<string, unknown> = {}) {
  return {
    meetingId,
    body: 'bch',
    electing: 'Ban Chấp hành Công đoàn cơ sở khóa II, nhiệm kỳ 2025–2030',
    seats: 2,
    candidates: [{ name: AN, memberId: r.ids[AN] }, { name: BINH, memberId: r.ids[BINH] }, { name: CUONG }],
    denominator: 'valid',
    issued: 5,
    collected: 4,
    ...extra,
  };
}

describe('elections: create, get, list, update, delete', () => {
  it('creates an election and reads it back with its defaults and an empty count', async () => {
    const { id } = await call(r.core, 'elections.create', bch({ counters: ['  Hoàng   Thị Lan ', 'Vũ Văn Minh'] }));
    const got = await call(r.core, 'elections.get', { id });
    expect(got.election).toMatchObject({
      id,
      meetingId,
      body: 'bch',
      seats: 2,
      countBy: 'ballots',
      totals: null,
      invalid: null,
      counters: ['Hoàng Thị Lan', 'Vũ Văn Minh'],
      ballots: [],
      candidates: [
        { name: AN, memberId: r.ids[AN] },
        { name: BINH, memberId: r.ids[BINH] },
        { name: CUONG, memberId: null },
      ],
    });
    expect(got.tally).toBeNull();
    expect(got.problem).toBe('Đã nhập 0 phiếu nhưng số phiếu thu vào là 4.');
    expect(got.invalidByReason).toEqual({ outsideList: 0, blank: 0, tooManyKept: 0 });
    const probe = await call(r.core, 'probe.outbox');
    expect(probe.elections).toBeGreaterThanOrEqual(1);
  });

  it('refuses an unknown meeting, an unknown member and a name given twice', async () => {
    expect((await callErr(r.core, 'elections.create', bch({ meetingId: 'no-such-meeting' }))).code).toBe('NOT_FOUND');
    const unknown = await callErr(r.core, 'elections.create', bch({ candidates: [{ name: 'X', memberId: 'nope' }] }));
    expect(unknown.code).toBe('NOT_FOUND');
    expect(unknown.message).toContain('"X"');
    const twice = await callErr(r.core, 'elections.create', bch({ candidates: [{ name: AN }, { name: ` ${AN} ` }] }));
    expect(twice.code).toBe('VALIDATION');
    expect(twice.message).toContain('hai lần');
    expect((await callErr(r.core, 'elections.update', { id: 'nope', seats: 3 })).code).toBe('NOT_FOUND');
  });

  it('lists elections with their ballot counts, all or by meeting', async () => {
    const solo = (await call(r.core, 'elections.create', { ...bch(), meetingId: null, body: 'other' })).id;
    const all = (await call(r.core, 'elections.list', {})).items;
    expect(all.map((e: { id: string }) => e.id)).toContain(solo);
    const ofMeeting = (await call(r.core, 'elections.list', { meetingId })).items;
    expect(ofMeeting.map((e: { id: string }) => e.id)).not.toContain(solo);
    expect(ofMeeting[0]).toMatchObject({ meetingId, body: 'bch', seats: 2, ballotCount: 0 });
    await call(r.core, 'elections.delete', { id: solo });
    expect((await call(r.core, 'elections.list', {})).items.map((e: { id: string }) => e.id)).not.toContain(solo);
    expect((await callErr(r.core, 'elections.get', { id: solo })).code).toBe('NOT_FOUND');
  });
});

describe('elections: ballots entered one by one', () => {
  let id: string;
  beforeAll(async () => {
    id = (await call(r.core, 'elections.create', bch())).id;
  });

  it('answers at once whether each ballot counts, and why not', async () => {
    expect(await call(r.core, 'elections.addBallot', { id, struck: [CUONG] })).toEqual({
      index: 0,
      valid: true,
      reason: null,
      count: 1,
    });
    expect(await call(r.core, 'elections.addBallot', { id, struck: [] })).toMatchObject({
      index: 1,
      valid: false,
      reason: 'tooManyKept',
    });
    expect(await call(r.core, 'elections.addBallot', { id, struck: [AN, BINH, CUONG] })).toMatchObject({
      valid: false,
      reason: 'blank',
    });
    expect(await call(r.core, 'elections.addBallot', { id, struck: ['Người Ngoài'] })).toMatchObject({
      valid: false,
      reason: 'outsideList',
      count: 4,
    });
    const got = await call(r.core, 'elections.get', { id });
    expect(got.problem).toBeNull();
    expect(got.invalidByReason).toEqual({ outsideList: 1, blank: 1, tooManyKept: 1 });
    expect(got.tally).toMatchObject({ valid: 1, invalid: 3, threshold: 1 });
    expect(got.election.ballots).toEqual([[CUONG], [], [AN, BINH, CUONG], ['Người Ngoài']]);
  });

  it('removes a ballot entered by mistake, by its index, and says so when there is none', async () => {
    expect(await call(r.core, 'elections.removeBallot', { id, index: 3 })).toEqual({ count: 3 });
    const got = await call(r.core, 'elections.get', { id });
    expect(got.election.ballots).toHaveLength(3);
    expect(got.problem).toBe('Đã nhập 3 phiếu nhưng số phiếu thu vào là 4.');
    // A new ballot goes at the end, after the removed one's place.
    expect((await call(r.core, 'elections.addBallot', { id, struck: [BINH] })).index).toBe(3);
    expect((await call(r.core, 'elections.get', { id })).election.ballots[3]).toEqual([BINH]);
    const missing = await callErr(r.core, 'elections.removeBallot', { id, index: 9 });
    expect(missing.code).toBe('NOT_FOUND');
    expect(missing.message).toContain('phiếu thứ 10');
  });

  it('refuses to change the candidates or the seats once ballots are in, not other fields', async () => {
    const list = await callErr(r.core, 'elections.update', { id, candidates: [{ name: AN }, { name: BINH }] });
    expect(list.code).toBe('CONFLICT');
    expect(list.message).toContain('Đã nhập 4 phiếu bầu nên không đổi được danh sách ứng cử viên');
    const seats = await callErr(r.core, 'elections.update', { id, seats: 1 });
    expect(seats.code).toBe('CONFLICT');
    expect(seats.message).toContain('số lượng cần bầu');
    // The same list and seats sent back by a form are no change.
    const same = (await call(r.core, 'elections.get', { id })).election;
    await call(r.core, 'elections.update', { id, candidates: same.candidates, seats: 2, place: 'Hội trường A' });
    expect((await call(r.core, 'elections.get', { id })).election.place).toBe('Hội trường A');
  });

  it('lets the list change again once every ballot is removed', async () => {
    for (let i = 3; i >= 0; i--) await call(r.core, 'elections.removeBallot', { id, index: i });
    await call(r.core, 'elections.update', { id, seats: 1, candidates: [{ name: AN }, { name: BINH }] });
    expect((await call(r.core, 'elections.get', { id })).election).toMatchObject({ seats: 1, ballots: [] });
  });

  it('deletes the election with its ballots', async () => {
    await call(r.core, 'elections.addBallot', { id, struck: [AN] });
    await call(r.core, 'elections.delete', { id });
    expect((await callErr(r.core, 'elections.addBallot', { id, struck: [] })).code).toBe('NOT_FOUND');
    expect((await callErr(r.core, 'elections.delete', { id })).code).toBe('NOT_FOUND');
  });
});

describe('elections of a deleted meeting', () => {
  it('go with it, ballots included: none is left pointing at nothing', async () => {
    const { id: other } = await call(r.core, 'meetings.create', {
      kind: 'congress',
      title: 'Đại hội bất thường',
      startsAt: '2025-09-01T08:00',
    });
    const { id } = await call(r.core, 'elections.create', bch({ meetingId: other }));
    await call(r.core, 'elections.addBallot', { id, struck: [CUONG] });
    await call(r.core, 'meetings.delete', { id: other });
    expect((await callErr(r.core, 'elections.get', { id })).code).toBe('NOT_FOUND');
    expect((await call(r.core, 'elections.list', { meetingId: other })).items).toEqual([]);
    expect((await call(r.core, 'elections.list', { meetingId })).items.length).toBeGreaterThan(0);
  });
});

describe('elections: totals counted by hand', () => {
  it('counts from the totals, and refuses a ballot there', async () => {
    const { id } = await call(
      r.core,
      'elections.create',
      bch({ countBy: 'totals', totals: { [AN]: 3, [BINH]: 2, [CUONG]: 1 }, invalid: 1 }),
    );
    const got = await call(r.core, 'elections.get', { id });
    expect(got.tally).toMatchObject({ valid: 3, invalid: 1, threshold: 2 });
    expect(got.tally.results.map((c: { name: string; elected: boolean }) => [c.name, c.elected])).toEqual([
      [AN, true],
      [BINH, true],
      [CUONG, false],
    ]);
    const ballot = await callErr(r.core, 'elections.addBallot', { id, struck: [] });
    expect(ballot.code).toBe('CONFLICT');
    await call(r.core, 'elections.update', { id, totals: { [AN]: 9 } });
    expect((await call(r.core, 'elections.get', { id })).problem).toBe(
      'Nguyễn Văn An có 9 phiếu, nhiều hơn số phiếu hợp lệ (3).',
    );
  });

  it('refuses a ballot before there is a candidate list', async () => {
    const { id } = await call(r.core, 'elections.create', {
      body: 'other',
      electing: 'Đại biểu',
      seats: 1,
      denominator: 'valid',
    });
    const err = await callErr(r.core, 'elections.addBallot', { id, struck: [] });
    expect(err.code).toBe('VALIDATION');
    expect((await call(r.core, 'elections.get', { id })).problem).toBe('Danh sách ứng cử viên đang trống.');
  });
});
