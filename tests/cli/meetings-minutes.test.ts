/** `uniondesk meetings minutes ID --format docx|pdf --out FILE` in process: the draft made, written, refreshed. */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf, squash } from '../documents/fixtures/read';
import { cleanup, initVault, json, runsOn, tempDir } from './helpers';

afterAll(cleanup);

let dataDir = '';
let files = '';
let meetingId = '';
const { cli } = runsOn(() => dataDir);

const MEETING = {
  kind: 'group',
  title: 'Họp tổ công đoàn Tổ may tháng 3',
  startsAt: '2026-03-10T08:00',
  endsAt: '2026-03-10T09:15',
  place: 'Nhà ăn ca',
  chair: '001090000001',
  secretary: { name: 'Đỗ Thu Hà' },
  invitees: ['001090000001', '001090000002'],
  agenda: [{ title: 'Bình xét quý I', opinions: [{ speaker: 'Trần Thị Bình', text: 'Nhất trí.' }] }],
  attendance: { '001090000001': 'present', '001090000002': { absent: 'Ốm' } },
  motions: [{ text: 'Thông qua kết quả bình xét', for: 1, against: 0, abstain: 0 }],
};

beforeAll(async () => {
  dataDir = (await initVault()).dataDir;
  files = tempDir();
  const org = await cli('org', 'set', 'place=Hà Nội', 'upperLevelName=Công đoàn Khu công nghiệp Thăng Long');
  expect(org.code, org.stderr).toBe(0);
  for (const [i, fullName] of ['Nguyễn Văn An', 'Trần Thị Bình'].entries()) {
    const f = path.join(files, `m${i}.json`);
    writeFileSync(f, JSON.stringify({ fullName, idNumber: `00109000000${i + 1}` }));
    expect((await cli('members', 'add', f)).code).toBe(0);
  }
  const f = path.join(files, 'meeting.json');
  writeFileSync(f, JSON.stringify(MEETING));
  const created = await cli('meetings', 'create', '--file', f);
  expect(created.code, created.stdout + created.stderr).toBe(0);
  meetingId = json(created).id;
});

describe('uniondesk meetings minutes', () => {
  it('writes the draft minutes as docx (0600) and pdf, and refreshes the same draft', async () => {
    const docx = path.join(files, 'bien-ban.docx');
    const r = await cli('meetings', 'minutes', meetingId, '--format', 'docx', '--out', docx);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const { documentId } = json(r);
    expect(statSync(docx).mode & 0o777).toBe(0o600);
    const text = squash((await mammoth.extractRawText({ buffer: readFileSync(docx) })).value);
    for (const s of ['Họp tổ công đoàn Tổ may tháng 3', 'Có mặt 1/2', 'Trần Thị Bình – vắng mặt, lý do: Ốm'])
      expect(text).toContain(squash(s));
    expect(text).toContain(squash('1/1 (100%)'));

    // An existing file is kept without --force (a usage error) and replaced with it.
    expect((await cli('meetings', 'minutes', meetingId, '--format', 'docx', '--out', docx)).code).not.toBe(0);
    const again = await cli('meetings', 'minutes', meetingId, '--format', 'pdf', '--out', docx, '--force');
    expect(again.code, again.stderr).toBe(0);
    expect(json(again).documentId).toBe(documentId);
    const pdf = squash((await readPdf(readFileSync(docx))).pages.join('\n'));
    expect(pdf).toContain(squash('THƯ KÝ'));
    expect(pdf).toContain(squash('Đỗ Thu Hà'));
  });

  it('refuses an unknown meeting (exit 4)', async () => {
    const r = await cli('meetings', 'minutes', 'nope', '--out', path.join(files, 'x.docx'));
    expect(r.code).toBe(4);
  });
});
