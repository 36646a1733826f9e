/** `uniondesk meetings resolution ID --format docx|pdf --out FILE [--regenerate]` in process: the NQ made, written. */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf, squash } from '../documents/fixtures/read';
import { cleanup, initVault, json, runsOn, tempDir } from './helpers';

afterAll(cleanup);

let dataDir = '';
let files = '';
const { cli } = runsOn(() => dataDir);

/** A meeting of the two members, with these motions; its id. */
async function meeting(motions: unknown[]): Promise<string> {
  const f = path.join(files, 'meeting.json');
  writeFileSync(
    f,
    JSON.stringify({
      kind: 'bch',
      title: 'Họp Ban Chấp hành tháng 5',
      startsAt: '2026-05-06T08:00',
      place: 'Phòng họp',
      chair: '001090000001',
      secretary: '001090000002',
      invitees: ['001090000001', '001090000002'],
      attendance: { '001090000001': 'present', '001090000002': 'present' },
      motions,
    }),
  );
  const r = await cli('meetings', 'create', '--file', f);
  expect(r.code, r.stdout + r.stderr).toBe(0);
  return json(r).id as string;
}

beforeAll(async () => {
  dataDir = (await initVault()).dataDir;
  files = tempDir();
  const org = await cli(
    'org',
    'set',
    'place=Hà Nội',
    'upperLevelName=Công đoàn KCN Thăng Long',
    'chairName=Nguyễn Văn An',
  );
  expect(org.code, org.stderr).toBe(0);
  for (const [i, fullName] of ['Nguyễn Văn An', 'Trần Thị Bình'].entries()) {
    const f = path.join(files, `m${i}.json`);
    writeFileSync(f, JSON.stringify({ fullName, idNumber: `00109000000${i + 1}` }));
    expect((await cli('members', 'add', f)).code).toBe(0);
  }
});

describe('uniondesk meetings resolution', () => {
  it('writes the draft NQ as docx (0600) and pdf, the same draft each time', async () => {
    const id = await meeting([
      { text: 'Thông qua kế hoạch tháng 5', for: 2, against: 0 },
      { text: 'Không đạt', for: 1, against: 1 },
    ]);
    const docx = path.join(files, 'nghi-quyet.docx');
    const r = await cli('meetings', 'resolution', id, '--format', 'docx', '--out', docx);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const { documentId } = json(r);
    expect(statSync(docx).mode & 0o777).toBe(0o600);
    const text = squash((await mammoth.extractRawText({ buffer: readFileSync(docx) })).value);
    expect(text).toContain(squash('NGHỊ QUYẾT'));
    expect(text).toContain(squash('Điều 1. Thông qua kế hoạch tháng 5 (2/2 đồng chí có mặt tán thành, đạt 100%).'));
    expect(text).not.toContain(squash('Không đạt'));

    const pdfFile = path.join(files, 'nghi-quyet.pdf');
    const pdf = await cli('meetings', 'resolution', id, '--format', 'pdf', '--out', pdfFile);
    expect(pdf.code, pdf.stderr).toBe(0);
    expect(json(pdf).documentId).toBe(documentId);
    expect(squash((await readPdf(readFileSync(pdfFile))).pages.join('\n'))).toContain(squash('TM. BAN CHẤP HÀNH'));
    // An existing file is kept without --force.
    expect((await cli('meetings', 'resolution', id, '--out', docx)).code).not.toBe(0);

    // --regenerate remakes the same draft (an edited one too: the core's test proves the refusal without it).
    const again = await cli('meetings', 'resolution', id, '--out', docx, '--force', '--regenerate');
    expect(again.code, again.stderr).toBe(0);
    expect(json(again).documentId).toBe(documentId);
  });

  it('refuses a meeting where nothing passed, and an unknown meeting (exit 4)', async () => {
    const id = await meeting([{ text: 'Không đạt', for: 1, against: 1 }]);
    const r = await cli('meetings', 'resolution', id, '--out', path.join(files, 'none.docx'));
    expect(r.code).toBe(4);
    expect(r.stdout + r.stderr).toContain('chưa có nội dung nào được biểu quyết thông qua');
    expect((await cli('meetings', 'resolution', 'nope', '--out', path.join(files, 'x.docx'))).code).toBe(4);
  });
});
