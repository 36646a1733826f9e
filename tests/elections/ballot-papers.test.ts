/**
 * `elections.ballotPapers`: one A4 sheet with 1, 2 or 4 copies of the ballot, in pdf and docx, read back: the page
 * count (poppler's pdfinfo), each copy's header and the candidates numbered by given name (pdftotext, mammoth);
 * a list too long for the chosen slot is refused rather than spilling onto a second page.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { squash } from '../documents/fixtures/read';
import { call, callErr, initCore, tempDir } from '../helpers/core';
import type { Core } from '../../src/core';

let core: Core;
const dir = tempDir('ud-ballots-');
beforeAll(async () => {
  core = (await initCore()).core;
});
afterAll(async () => {
  await core.close();
});

// In ballot order (given name first): An, Bình, Cường, Dũng, Hà, Lan, Minh, Nga, Phúc, Thảo, Yến.
const SORTED = [
  'Nguyễn Văn An',
  'Trần Thị Bình',
  'Lê Văn Cường',
  'Phạm Văn Dũng',
  'Đỗ Thu Hà',
  'Hoàng Thị Lan',
  'Vũ Văn Minh',
  'Đặng Thị Nga',
  'Bùi Hữu Phúc',
  'Ngô Thị Thảo',
  'Lý Hải Yến',
];
const shuffled = [...SORTED].reverse();

async function election(names: string[], seats = 9): Promise<string> {
  return (
    await call(core, 'elections.create', {
      body: 'bch',
      electing: 'Ban Chấp hành Công đoàn cơ sở khóa II, nhiệm kỳ 2025–2030',
      seats,
      candidates: names.map((name) => ({ name })),
      denominator: 'valid',
    })
  ).id;
}

const bytes = (f: { base64: string }) => Buffer.from(f.base64, 'base64');

/** Page count and width (pdfinfo); the text as laid out (lines across the sheet) and as read slot by slot. */
function pdfFacts(buf: Buffer, name: string): { pages: number; width: number; text: string; plain: string } {
  const file = path.join(dir, name);
  writeFileSync(file, buf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!;
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)![1]),
    width: Number(size[1]),
    text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
    plain: squash(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })),
  };
}

/** Where each name first appears in `text`, in SORTED order: increasing means the list is in ballot order. */
const positions = (text: string) => SORTED.map((n, i) => text.indexOf(squash(`${i + 1}${n}`)));

describe('elections.ballotPapers', () => {
  let id: string;
  beforeAll(async () => {
    id = await election(shuffled);
  });

  for (const perPage of [1, 2, 4] as const) {
    it(`prints ${perPage} ballot(s) on one A4 sheet (pdf), names numbered by given name`, async () => {
      const file = await call(core, 'elections.ballotPapers', { id, perPage, format: 'pdf' });
      expect(file.mime).toBe('application/pdf');
      const pdf = pdfFacts(bytes(file), `ballots-${perPage}.pdf`);
      // One sheet per request: copies = perPage, so pages = ceil(perPage / perPage) = 1.
      expect(pdf.pages).toBe(1);
      expect(Math.round(pdf.width)).toBe(perPage === 2 ? 842 : 595); // landscape for two A5 side by side
      expect(pdf.text.match(/PHIẾU BẦU CỬ/g)).toHaveLength(perPage);
      expect(pdf.text.match(/Số lượng cần bầu: 9 đồng chí/g)).toHaveLength(perPage);
      expect(pdf.plain.match(/CÔNGĐOÀNCƠSỞCÔNGTYTNHHTHỬNGHIỆM/g)).toHaveLength(perPage);
      expect(pdf.text.match(/Dấu của Ban tổ chức/g)).toHaveLength(perPage);
      // Each name with its number, on one line of each copy, and the copies' names in ballot order.
      for (const [i, name] of SORTED.entries())
        expect(pdf.text.match(new RegExp(`(?<!\\d)${i + 1} +${name}(?!\\p{L})`, 'gu')), name).toHaveLength(perPage);
      const at = SORTED.map((n) => pdf.plain.indexOf(squash(n)));
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    });

    it(`prints ${perPage} ballot(s) in docx, names numbered by given name`, async () => {
      const file = await call(core, 'elections.ballotPapers', { id, perPage, format: 'docx' });
      writeFileSync(path.join(dir, `ballots-${perPage}.docx`), bytes(file));
      const text = (await mammoth.extractRawText({ buffer: bytes(file) })).value;
      expect(text.match(/PHIẾU BẦU CỬ/g)).toHaveLength(perPage);
      expect(text.match(/Bầu Ban Chấp hành Công đoàn cơ sở khóa II, nhiệm kỳ 2025–2030/g)).toHaveLength(perPage);
      const at = positions(squash(text));
      expect(at.every((p) => p >= 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    });
  }

  it('refuses a list too long for the slot, naming the choice that fits', async () => {
    const many = Array.from({ length: 24 }, (_, i) => `Nguyễn Văn Người${String(i + 1).padStart(2, '0')}`);
    const long = await election(many);
    const four = await callErr(core, 'elections.ballotPapers', { id: long, perPage: 4, format: 'pdf' });
    expect(four.code).toBe('VALIDATION');
    expect(four.message).toBe(
      'Danh sách 24 người không vừa 4 phiếu trên một trang A4: hãy chọn 2 hoặc 1 phiếu trên một trang.',
    );
    const one = await call(core, 'elections.ballotPapers', { id: long, perPage: 1, format: 'pdf' });
    expect(pdfFacts(bytes(one), 'long-1.pdf').pages).toBe(1);
    const tooLong = await election(Array.from({ length: 60 }, (_, i) => `Trần Văn Người${i + 1}`));
    const err = await callErr(core, 'elections.ballotPapers', { id: tooLong, perPage: 1, format: 'docx' });
    expect(err.message).toBe('Danh sách 60 người quá dài cho một phiếu bầu khổ A4.');
  });

  it('refuses an election with no candidates yet', async () => {
    const { id: empty } = await call(core, 'elections.create', {
      body: 'ubkt',
      electing: 'Ủy ban Kiểm tra',
      seats: 3,
      denominator: 'valid',
    });
    expect((await callErr(core, 'elections.ballotPapers', { id: empty, format: 'pdf' })).code).toBe('VALIDATION');
  });
});
