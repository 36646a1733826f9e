/** The meeting record through the core: round trip, references, invitees expansion, attendance, delete. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, callErr, cccd, registerCore, type Register } from './helpers';

let r: Register;
beforeAll(async () => {
  r = await registerCore();
});
afterAll(async () => {
  await r.core.close();
});

const base = { kind: 'bch', title: 'Họp Ban Chấp hành tháng 3', startsAt: '2026-03-10T08:00' };

describe('meetings record', () => {
  it('creates, reads, updates and deletes a meeting with its lists', async () => {
    const { id } = await call(r.core, 'meetings.create', {
      ...base,
      title: 'Họp  Ban Chấp hành\u0301 tháng 3'.normalize('NFD'),
      endsAt: '2026-03-10T10:30',
      place: 'Phòng họp tầng 2',
      onlineUrl: 'https://zoom.us/j/123',
      chair: { idNumber: cccd(1) },
      secretary: { name: 'Bà Khách Thư Ký' },
      invitees: [{ bch: true }, { name: 'Ông Bình', organisation: 'LĐLĐ phường' }],
      agenda: [
        {
          title: 'Báo cáo quý I',
          presenter: 'Nguyễn Văn An',
          time: '08:15',
          opinions: [{ speaker: 'Lê Văn Cường', text: 'Đồng ý với báo cáo.\nĐề nghị bổ sung số liệu.' }],
          conclusion: 'Thông qua.',
        },
      ],
      motions: [{ text: 'Thông qua báo cáo quý I', for: 2, against: 1 }],
    });
    const got = (await call(r.core, 'meetings.get', { id })).meeting;
    expect(got.title).toBe('Họp Ban Chấp hành\u0301 tháng 3'.normalize('NFC'));
    expect(got.chair).toEqual({ memberId: r.ids['Nguyễn Văn An'], name: 'Nguyễn Văn An' });
    expect(got.secretary).toEqual({ memberId: null, name: 'Bà Khách Thư Ký' });
    expect(got.invitees.map((i: { name: string }) => i.name)).toEqual(['Ban Chấp hành', 'Ông Bình']);
    expect(got.agenda[0].opinions[0].text).toBe('Đồng ý với báo cáo.\nĐề nghị bổ sung số liệu.');
    expect(got.status).toBe('planned');

    await call(r.core, 'meetings.update', {
      id,
      status: 'held',
      agenda: [{ title: 'Kế hoạch quý II' }],
      motions: [],
    });
    const after = (await call(r.core, 'meetings.get', { id })).meeting;
    expect(after.status).toBe('held');
    expect(after.agenda.map((a: { title: string }) => a.title)).toEqual(['Kế hoạch quý II']);
    expect(after.motions).toEqual([]);
    expect(after.invitees).toHaveLength(2); // lists not given are kept

    const listed = await call(r.core, 'meetings.list', { status: 'held' });
    expect(listed.items.map((m: { id: string }) => m.id)).toContain(id);

    await call(r.core, 'meetings.delete', { id });
    expect((await callErr(r.core, 'meetings.get', { id })).code).toBe('NOT_FOUND');
    expect((await callErr(r.core, 'meetings.delete', { id })).code).toBe('NOT_FOUND');
    expect((await call(r.core, 'meetings.list', {})).items.map((m: { id: string }) => m.id)).not.toContain(id);
  });

  it('lists upcoming meetings soonest first', async () => {
    const later = await call(r.core, 'meetings.create', { ...base, startsAt: '2030-05-02T08:00' });
    const sooner = await call(r.core, 'meetings.create', { ...base, startsAt: '2030-05-01T08:00' });
    const { items } = await call(r.core, 'meetings.list', { status: 'planned', from: '2030-01-01T00:00' });
    expect(items.map((m: { id: string }) => m.id)).toEqual([sooner.id, later.id]);
  });

  it('refuses an unknown CCCD, group or member, naming it, and writes nothing', async () => {
    const before = (await call(r.core, 'meetings.list', {})).items.length;
    const e = await callErr(r.core, 'meetings.create', { ...base, invitees: [{ idNumber: '099999999999' }] });
    expect(e.code).toBe('NOT_FOUND');
    expect(e.message).toContain('099999999999');
    const g = await callErr(r.core, 'meetings.create', { ...base, invitees: [{ unit: 'Tổ không có' }] });
    expect(g.message).toContain('Tổ không có');
    const c = await callErr(r.core, 'meetings.create', { ...base, chair: { memberId: 'không-có' } });
    expect(c.code).toBe('NOT_FOUND');
    expect((await call(r.core, 'meetings.list', {})).items.length).toBe(before);
  });

  it('refuses an end before the start, an http link and a twice-marked member', async () => {
    expect((await callErr(r.core, 'meetings.create', { ...base, endsAt: '2026-03-10T07:00' })).code).toBe('VALIDATION');
    expect((await callErr(r.core, 'meetings.create', { ...base, onlineUrl: 'http://zoom.us/j/1' })).code).toBe(
      'VALIDATION',
    );
    const twice = [
      { member: { idNumber: cccd(1) }, state: 'present' },
      { member: { memberId: r.ids['Nguyễn Văn An'] }, state: 'absent', reason: 'Ốm' },
    ];
    const e = await callErr(r.core, 'meetings.create', { ...base, attendance: twice });
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toContain('Nguyễn Văn An');
  });

  it('expands groups (with sub-groups) and the current BCH, counting each member once, guests never', async () => {
    const { id } = await call(r.core, 'meetings.create', {
      ...base,
      invitees: [
        { unit: 'to may' }, // An, Bình (Tổ may) + Cường, Dung (Tổ cắt, inside it)
        { bch: true }, // An, Cường, Em (Giang's position has ended)
        { idNumber: cccd(1) }, // An again
        { name: 'Ông Bình', organisation: 'LĐLĐ phường' },
      ],
    });
    const { figures, meeting } = await call(r.core, 'meetings.get', { id });
    expect(meeting.invitees[0].name).toBe('Tổ may');
    expect(figures.convened).toBe(5);
    expect(figures.convenedMembers.map((p: { name: string }) => p.name).sort()).toEqual(
      ['Hoàng Văn Em', 'Lê Văn Cường', 'Nguyễn Văn An', 'Phạm Thị Dung', 'Trần Thị Bình'].sort(),
    );
  });

  it('counts proxies as present, not the absent or excused, and replaces attendance', async () => {
    const { id } = await call(r.core, 'meetings.create', { ...base, invitees: [{ bch: true }] });
    await call(r.core, 'meetings.setAttendance', {
      id,
      attendance: [
        { member: { idNumber: cccd(1) }, state: 'present' },
        { member: { idNumber: cccd(3) }, state: 'proxy', proxy: { idNumber: cccd(1) } },
        { member: { idNumber: cccd(5) }, state: 'absent', reason: 'Đi công tác' },
      ],
    });
    const first = await call(r.core, 'meetings.get', { id });
    let figures = first.figures;
    const meeting = first.meeting;
    expect(figures).toMatchObject({ convened: 3, present: 2, presentText: 'Có mặt 2/3' });
    expect(figures.quorum).toEqual({ fraction: '2/3', required: 2, met: true });
    expect(meeting.attendance[1].proxy).toEqual({ memberId: r.ids['Nguyễn Văn An'], name: 'Nguyễn Văn An' });
    expect(meeting.attendance[2].reason).toBe('Đi công tác');

    await call(r.core, 'meetings.setAttendance', {
      id,
      attendance: [{ member: { idNumber: cccd(5) }, state: 'excused', reason: 'Nghỉ phép' }],
    });
    ({ figures } = await call(r.core, 'meetings.get', { id }));
    expect(figures).toMatchObject({ present: 0, quorum: { required: 2, met: false } });

    const proxyOutside = await callErr(r.core, 'meetings.setAttendance', {
      id,
      attendance: [{ member: { idNumber: cccd(1) }, state: 'proxy', proxy: { name: 'Người ngoài' } }],
    });
    expect(proxyOutside.code).toBe('VALIDATION');
  });

  it('writes an outbox row for every meeting table it touches', async () => {
    await call(r.core, 'meetings.create', {
      ...base,
      invitees: [{ bch: true }],
      agenda: [{ title: 'Một', opinions: [{ speaker: 'An', text: 'Ý kiến' }] }],
      attendance: [{ member: { idNumber: cccd(1) }, state: 'present' }],
      motions: [{ text: 'Biểu quyết', for: 1, against: 0 }],
    });
    const outbox = await call(r.core, 'probe.outbox', {});
    for (const t of ['meetings', 'meeting_invitees', 'meeting_agenda_items', 'meeting_opinions', 'meeting_attendance'])
      expect(outbox[t]).toBeGreaterThan(0);
    expect(outbox.meeting_motions).toBeGreaterThan(0);
  });
});
