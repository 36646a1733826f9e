/**
 * Hostile spreadsheets (hostile-files.ts) against a real core in a child process: each is refused with a
 * Vietnamese VALIDATION message (or, where bounding makes it harmless, read normally) within 10 s, the process
 * never passes 400 MB, the core answers the next command, and exceljs is never loaded to try again. The same
 * files through the dues payroll import, which reuses the members readers. Then the CLI's exit code.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tooBig, XLSX_LIMITS } from '../../src/core/members/import/limits';
import { openZip } from '../../src/core/members/import/xlsx-fast/zip';
import { cleanup, initVault, runsOn, tempDir } from '../cli/helpers';
import { handmade } from './handmade';
import { HOSTILE } from './hostile-files';

const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

interface Attempt {
  name: string;
  command?: string;
  ok?: boolean;
  code?: string;
  message?: string;
  ms?: number;
  peakMb: number;
  answered?: boolean;
  exceljsReads?: number;
}

describe('hostile files against a real core, in a child process', () => {
  let lines: Attempt[] = [];
  beforeAll(() => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'hostile-child.ts')], {
      cwd: path.resolve(__dirname, '../..'),
      encoding: 'utf8',
      timeout: 180_000,
      maxBuffer: 16 << 20,
    });
    expect(child.status, child.stderr).toBe(0);
    lines = child.stdout
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Attempt);
  }, 200_000);

  it.each(Object.keys(HOSTILE))('%s: bounded, answered, and refused in Vietnamese unless harmless', (name) => {
    const attempts = lines.filter((l) => l.name === name);
    expect(attempts.map((a) => a.command)).toEqual(['members.importData', 'dues.importSalaries']);
    for (const a of attempts) {
      expect(a.ms, a.command).toBeLessThanOrEqual(10_000);
      expect(a.peakMb, a.command).toBeLessThanOrEqual(400);
      expect(a.answered, a.command).toBe(true);
    }
    const [members, dues] = attempts;
    if (HOSTILE[name].readable) {
      expect(members).toMatchObject({ ok: true }); // bounded (clamped), then read as the list it is
    } else {
      for (const a of [members, dues]) {
        expect(a, a.command).toMatchObject({ ok: false, code: 'VALIDATION' });
        expect(a.message).toMatch(VIETNAMESE);
      }
    }
  });

  it('the whole run stays under 400 MB and never falls back to exceljs', () => {
    const end = lines.find((l) => l.name === 'end')!;
    expect(end.peakMb).toBeLessThanOrEqual(400);
    expect(end.exceljsReads).toBe(0);
  });
});

describe('the zip limits', () => {
  const book = handmade({
    rows: '<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(1) + `<row r="2">${'<c><v>2</v></c>'.repeat(500)}</row>`,
  });

  it('the whole unpacked size is capped across parts, before the part over it is inflated', () => {
    const zip = openZip(book, { ...XLSX_LIMITS, totalBytes: 2000 });
    expect(zip.text('xl/workbook.xml')).toContain('<sheets>');
    expect(() => zip.text('xl/worksheets/sheet1.xml')).toThrow(tooBig().message);
  });

  it('so is each part, and the compression ratio past a size', () => {
    expect(() => openZip(book, { ...XLSX_LIMITS, partBytes: 1000 }).text('xl/worksheets/sheet1.xml')).toThrow(
      tooBig().message,
    );
    const ratio = { ...XLSX_LIMITS, ratio: 2, ratioFromBytes: 100 };
    expect(() => openZip(book, ratio).text('xl/worksheets/sheet1.xml')).toThrow(tooBig().message);
    expect(openZip(book).text('xl/worksheets/sheet1.xml')).toContain('<v>2</v>');
  });
});

describe('uniondesk members import of a hostile file', () => {
  let dataDir = '';
  const { cli } = runsOn(() => dataDir);
  beforeAll(async () => {
    dataDir = (await initVault()).dataDir;
  });
  afterAll(cleanup);

  it.each([
    'row 2,000,000,000',
    'zip bomb: 600 MB sheet in ~0.6 MB',
    'zip bomb declaring 4 KB',
    'csv with 5,000 columns',
  ])(
    '%s: exit 4 with the Vietnamese message',
    async (name) => {
      const file = path.join(tempDir(), HOSTILE[name].fileName);
      writeFileSync(file, HOSTILE[name].data());
      const r = await cli('members', 'import', file, '--dry-run');
      expect(r.code, r.stdout + r.stderr).toBe(4);
      expect(r.stderr + r.stdout).toMatch(VIETNAMESE);
      expect((await cli('members', 'list')).code).toBe(0);
    },
    30_000,
  );
});
