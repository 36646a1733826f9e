/** `uniondesk meetings update ID --file` and `meetings attendance ID --file` in process, on a real vault. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, initVault, json, runsOn, tempDir } from './helpers';

afterAll(cleanup);

let dataDir = '';
let files = '';
let meetingId = '';
const { cli, human } = runsOn(() => dataDir);
const ids = ['001090000001', '001090000002', '001090000003'];

/** A JSON file in the test folder. */
function file(name: string, value: unknown): string {
  const f = path.join(files, name);
  writeFileSync(f, typeof value === 'string' ? value : JSON.stringify(value));
  return f;
}

beforeAll(async () => {
  dataDir = (await initVault()).dataDir;
  files = tempDir();
  for (const [i, fullName] of ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'].entries())
    expect((await cli('members', 'add', file(`m${i}.json`, { fullName, idNumber: ids[i] }))).code).toBe(0);
  const created = await cli(
    'meetings',
    'create',
    '--file',
    file('meeting.json', {
      kind: 'bch',
      title: 'Họp Ban Chấp hành tháng 4',
      startsAt: '2026-04-10T08:00',
      place: 'Phòng họp',
      invitees: ids,
      motions: [{ text: 'Thông qua kế hoạch', for: 1, against: 0 }],
    }),
  );
  expect(created.code, created.stdout + created.stderr).toBe(0);
  meetingId = json(created).id;
});

const get = async () => json(await cli('meetings', 'get', meetingId));

describe('uniondesk meetings update', () => {
  it('replaces the fields given and keeps the others', async () => {
    const r = await cli(
      'meetings',
      'update',
      meetingId,
      '--file',
      file('update.json', {
        title: 'Họp Ban Chấp hành tháng 4 (dời lịch)',
        startsAt: '2026-04-11T14:00',
        chair: ids[0],
        secretary: { name: 'Đỗ Thu Hà' },
        status: 'held',
      }),
    );
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(json(r).id).toBe(meetingId);
    const { meeting, figures } = await get();
    expect(meeting).toMatchObject({
      title: 'Họp Ban Chấp hành tháng 4 (dời lịch)',
      startsAt: '2026-04-11T14:00',
      place: 'Phòng họp',
      status: 'held',
      chair: { name: 'Nguyễn Văn An' },
      secretary: { memberId: null, name: 'Đỗ Thu Hà' },
    });
    expect(meeting.motions.map((m: { text: string }) => m.text)).toEqual(['Thông qua kế hoạch']);
    expect(figures.convened).toBe(3);
  });

  it('replaces a list given whole, in create\'s forms (CCCD, {"absent": …})', async () => {
    const r = await cli(
      'meetings',
      'update',
      meetingId,
      '--file',
      file('lists.json', {
        invitees: [ids[0], ids[1], { name: 'Bà Lan', organisation: 'Công ty' }],
        attendance: { [ids[0]]: 'present', [ids[1]]: { absent: 'Ốm' } },
        motions: [{ text: 'Thông qua kế hoạch đã sửa', for: 1, against: 0 }],
      }),
    );
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const { meeting, figures } = await get();
    expect(figures).toMatchObject({ convened: 2, present: 1 });
    expect(meeting.invitees.map((i: { name: string }) => i.name)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Bà Lan']);
    expect(meeting.attendance[1]).toMatchObject({ state: 'absent', reason: 'Ốm' });
    expect(meeting.motions.map((m: { text: string }) => m.text)).toEqual(['Thông qua kế hoạch đã sửa']);
  });

  it('refuses a bad file before the vault opens, an unknown person by name, an unknown meeting (exit 4)', async () => {
    expect((await cli('meetings', 'update', meetingId, '--file', file('bad.json', '{nope'))).code).toBe(4);
    expect((await cli('meetings', 'update', meetingId, '--file', file('arr.json', [1]))).code).toBe(4);
    const unknown = await cli('meetings', 'update', meetingId, '--file', file('who.json', { chair: '009999999999' }));
    expect(unknown.code).toBe(4);
    expect(unknown.stdout + unknown.stderr).toContain('009999999999');
    expect((await cli('meetings', 'update', 'nope', '--file', file('ok.json', { title: 'X' }))).code).toBe(4);
    expect((await get()).meeting.chair.name).toBe('Nguyễn Văn An');
  });
});

describe('uniondesk meetings attendance', () => {
  it('replaces the attendance (present, absent, excused, proxy) and says present/total and the quorum', async () => {
    const att = file('att.json', {
      [ids[0]]: 'present',
      [ids[1]]: { proxy: ids[0] },
      [ids[2]]: { excused: 'Nghỉ phép' },
    });
    const r = await cli('meetings', 'attendance', meetingId, '--file', att);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(json(r)).toMatchObject({ id: meetingId, presentText: 'Có mặt 2/2', quorum: { met: true } });
    const { meeting } = await get();
    expect(meeting.attendance.map((a: { state: string }) => a.state)).toEqual(['present', 'proxy', 'excused']);
    expect(meeting.attendance[1].proxy.name).toBe('Nguyễn Văn An');
    expect(meeting.attendance[2].reason).toBe('Nghỉ phép');

    const text = await human('meetings', 'attendance', meetingId, '--file', file('one.json', { [ids[0]]: 'present' }));
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('Có mặt 1/2');
    expect((await get()).meeting.attendance).toHaveLength(1);
  });

  it('refuses a list instead of an object, a mark it does not know, an unknown CCCD (exit 4)', async () => {
    expect((await cli('meetings', 'attendance', meetingId, '--file', file('l.json', [ids[0]]))).code).toBe(4);
    const odd = file('odd.json', { [ids[0]]: 'asleep' });
    expect((await cli('meetings', 'attendance', meetingId, '--file', odd)).code).toBe(4);
    const who = file('nobody.json', { '009999999999': 'present' });
    expect((await cli('meetings', 'attendance', meetingId, '--file', who)).code).toBe(4);
    expect((await get()).meeting.attendance).toHaveLength(1);
  });
});
