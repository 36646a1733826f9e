/**
 * `uniondesk elections ballots --file ELECTION.json --per-page N --out FILE`: the election recorded in the
 * vault (`elections list` shows it afterwards), its ballot papers written as pdf or docx; bad output names are
 * usage errors before the vault opens, bad elections input errors (exit 4) with the core's message.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, initVault, json, runsOn, tempDir } from './helpers';

afterAll(cleanup);

let dataDir = '';
let files = '';
const { cli, human } = runsOn(() => dataDir);

const ELECTION = {
  electing: 'Ủy ban Kiểm tra Công đoàn cơ sở khóa II',
  body: 'ubkt',
  seats: 3,
  candidates: ['Vũ Văn Minh', 'Nguyễn Văn An', { name: 'Lê Văn Cường' }, 'Đỗ Thu Hà'],
  denominator: 'valid',
};
const write = (name: string, content: unknown) => {
  const file = path.join(files, name);
  writeFileSync(file, JSON.stringify(content));
  return file;
};

beforeAll(async () => {
  dataDir = (await initVault()).dataDir;
  files = tempDir();
});

describe('uniondesk elections ballots', () => {
  it('records the election and writes 2 ballots to an A4 sheet as PDF, names by given name', async () => {
    const out = path.join(files, 'phieu.pdf');
    const r = await cli('elections', 'ballots', '--file', write('e.json', ELECTION), '--per-page', '2', '--out', out);
    expect(r.code, r.stderr).toBe(0);
    const { id, perPage, path: written } = json(r);
    expect([perPage, written]).toEqual([2, out]);
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text.match(/Số lượng cần bầu: 3 đồng chí/g)).toHaveLength(2);
    const order = ['1 +Nguyễn Văn An', '2 +Lê Văn Cường', '3 +Đỗ Thu Hà', '4 +Vũ Văn Minh'];
    for (const line of order) expect(text.match(new RegExp(line, 'g')), line).toHaveLength(2);
    const listed = json(await cli('elections', 'list')).items;
    expect(listed).toEqual([expect.objectContaining({ id, body: 'ubkt', seats: 3, ballotCount: 0 })]);
    const table = await human('elections', 'list');
    expect(table.stdout).toMatch(new RegExp(`${id}\\s+Ủy ban Kiểm tra Công đoàn cơ sở khóa II\\s+3\\s+0`));
  });

  it('writes Word with a human summary naming the file and the election', async () => {
    const out = path.join(files, 'phieu.docx');
    const r = await human('elections', 'ballots', '--file', write('e2.json', ELECTION), '--out', out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Đã ghi phiếu bầu: .*phieu\.docx .*Cuộc bầu cử đã được lưu với mã \S+\./);
    const doc = (await mammoth.extractRawText({ path: out })).value;
    expect(doc).toContain('PHIẾU BẦU CỬ');
    expect(doc).toContain('Bầu Ủy ban Kiểm tra Công đoàn cơ sở khóa II');
  });

  it('refuses a wrong extension before anything, and a bad election with exit 4', async () => {
    const bad = await cli(
      'elections',
      'ballots',
      '--file',
      write('e3.json', ELECTION),
      '--out',
      path.join(files, 'x.txt'),
    );
    expect(bad.code).toBe(2);
    expect(existsSync(path.join(files, 'x.txt'))).toBe(false);
    const noSeats = await cli(
      'elections',
      'ballots',
      '--file',
      write('e4.json', { ...ELECTION, seats: 0 }),
      '--out',
      path.join(files, 'y.pdf'),
    );
    expect(noSeats.code).toBe(4);
    expect(existsSync(path.join(files, 'y.pdf'))).toBe(false);
    const perPage = await cli(
      'elections',
      'ballots',
      '--file',
      write('e5.json', ELECTION),
      '--per-page',
      '3',
      '--out',
      path.join(files, 'z.pdf'),
    );
    expect(perPage.code).toBe(2);
  });
});
