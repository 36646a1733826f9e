/** `uniondesk meetings …` in process: MEETING.json with CCCDs, a group, the BCH, a guest, attendance and motions. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, initVault, json, ROOT, runsOn, tempDir } from './helpers';

afterAll(cleanup);

let dataDir = '';
let files = '';
const { cli, human } = runsOn(() => dataDir);

const BCH = [{ title: 'Ủy viên', body: 'BCH', term: '2025–2030', from: '2025-06-01' }];
const PEOPLE = [
  { fullName: 'Nguyễn Văn An', idNumber: '001090000001', unit: 'Tổ may', positions: BCH },
  { fullName: 'Trần Thị Bình', idNumber: '001090000002', unit: 'Tổ may' },
  { fullName: 'Lê Văn Cường', idNumber: '001090000003', positions: BCH },
  { fullName: 'Phạm Thị Dung', idNumber: '001090000004', positions: BCH },
];

function file(name: string, value: unknown): string {
  const p = path.join(files, name);
  writeFileSync(p, JSON.stringify(value));
  return p;
}

const MEETING = {
  kind: 'bch',
  title: 'Họp Ban Chấp hành quý I',
  startsAt: '2026-03-10T08:00',
  endsAt: '2026-03-10T10:00',
  place: 'Phòng họp tầng 2',
  onlineUrl: 'https://teams.microsoft.com/l/meetup-join/abc',
  chair: '001090000001',
  secretary: { name: 'Đỗ Thu Hà' },
  // Tổ may (An, Bình) and the BCH (An, Cường, Dung): An once, 4 convened; the guest is not counted.
  invitees: ['unit:Tổ may', 'bch', '001090000001', { name: 'Ông Khách', organisation: 'LĐLĐ phường' }],
  agenda: [
    {
      title: 'Báo cáo quý I',
      presenter: 'Nguyễn Văn An',
      opinions: [{ speaker: 'Lê Văn Cường', text: 'Nhất trí.' }],
      conclusion: 'Thông qua báo cáo.',
    },
  ],
  attendance: {
    '001090000001': 'present',
    '001090000002': { absent: 'Đi công tác' },
    '001090000003': { proxy: '001090000001' },
    '001090000004': 'present',
  },
  motions: [{ text: 'Thông qua báo cáo quý I', for: 2, against: 1, abstain: 0 }],
};

beforeAll(async () => {
  dataDir = (await initVault()).dataDir;
  files = tempDir();
  for (const [i, p] of PEOPLE.entries()) {
    const r = await cli('members', 'add', file(`m${i}.json`, p));
    expect(r.code, r.stdout + r.stderr).toBe(0);
  }
});

describe('uniondesk meetings', () => {
  it('creates a meeting from MEETING.json and shows its figures', async () => {
    const created = await cli('meetings', 'create', '--file', file('meeting.json', MEETING));
    expect(created.code, created.stdout + created.stderr).toBe(0);
    const { id, ...rest } = json(created);
    expect(typeof id).toBe('string');
    expect(rest).toEqual({});

    const { meeting, figures } = json(await cli('meetings', 'get', id));
    expect(meeting.chair.name).toBe('Nguyễn Văn An');
    expect(meeting.secretary).toEqual({ memberId: null, name: 'Đỗ Thu Hà' });
    expect(figures).toMatchObject({ convened: 4, present: 3, presentText: 'Có mặt 3/4' });
    expect(figures.quorum).toEqual({ fraction: '2/3', required: 3, met: true });
    expect(meeting.motions[0]).toMatchObject({ percentFor: 66.67, percentAgainst: 33.33, passed: true });
    expect(meeting.attendance.find((a: { state: string }) => a.state === 'absent').reason).toBe('Đi công tác');

    const text = await human('meetings', 'get', id);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Có mặt 3/4');
    expect(text.stdout).toContain('66.67%');

    const { items } = json(await cli('meetings', 'list'));
    expect(items.map((m: { id: string }) => m.id)).toEqual([id]);
    expect((await human('meetings', 'list', '--status', 'planned')).stdout).toContain('Họp Ban Chấp hành quý I');
  });

  it('refuses an unknown CCCD with its number in the message (exit 4) and a file that is not JSON', async () => {
    const r = await cli('meetings', 'create', '--file', file('bad.json', { ...MEETING, invitees: ['009999999999'] }));
    expect(r.code).toBe(4);
    expect(r.stdout + r.stderr).toContain('009999999999');
    const g = await cli('meetings', 'create', '--file', file('bad-unit.json', { ...MEETING, invitees: ['unit:Tổ X'] }));
    expect(g.code).toBe(4);
    expect(g.stdout + g.stderr).toContain('Tổ X');
    const notJson = path.join(files, 'not.json');
    writeFileSync(notJson, '{ kind: bch');
    expect((await cli('meetings', 'create', '--file', notJson)).code).toBe(4);
  });

  it("creates the README's MEETING.json example as it stands", async () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(readme)![1];
    const r = await cli('meetings', 'create', '--file', file('readme.json', JSON.parse(example)));
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const { figures } = json(await cli('meetings', 'get', json(r).id));
    expect(figures).toMatchObject({ convened: 4, present: 2, quorum: { met: false } });
  });

  it('deletes a meeting', async () => {
    const { id } = json(await cli('meetings', 'create', '--file', file('m2.json', { ...MEETING, attendance: {} })));
    expect((await cli('meetings', 'delete', id)).code).toBe(0);
    expect((await cli('meetings', 'get', id)).code).toBe(4);
  });
});
