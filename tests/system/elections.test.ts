/**
 * The papers of a recorded election through the real clients: LibreOffice opens the ballot papers (1, 2 and 4 to a
 * sheet), the Biên bản kiểm phiếu and the tờ trình công nhận as .docx and lays them out on as many pages as our PDF
 * has, with the same words; the tờ trình keeps the official form (check-document.ts). One conversion at a time.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, onTestFailed } from 'vitest';
import type { Core } from '../../src/core';
import { call, initCore } from '../helpers/core';
import { checkDocument, expectOfficialForm } from './check-document';
import { libreOfficeToPdf, pdfInfo, pdfLayoutText } from './office';
import { requireTools } from './tools';

const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, '');
const NAMES = [
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

describe.skipIf(!inject('systemTier'))('election papers through LibreOffice and poppler', () => {
  let out: string;
  let keep = !!process.env.UD_SYSTEM_KEEP;
  let core: Core;
  let electionId: string;
  let meetingId: string;

  beforeAll(async () => {
    requireTools();
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'ud-system-elections-'));
    core = (await initCore()).core;
    await call(core, 'org.update', { place: 'Hà Nội', upperLevelName: 'Công đoàn Khu công nghiệp Thăng Long' });
    meetingId = (
      await call(core, 'meetings.create', {
        kind: 'congress',
        title: 'Đại hội Công đoàn cơ sở lần thứ II, nhiệm kỳ 2025–2030',
        startsAt: '2025-06-14T08:00',
      })
    ).id;
    electionId = (
      await call(core, 'elections.create', {
        meetingId,
        body: 'bch',
        electing: 'Ban Chấp hành Công đoàn cơ sở khóa II, nhiệm kỳ 2025–2030',
        seats: 9,
        candidates: [...NAMES].reverse().map((name) => ({ name })),
        denominator: 'valid',
        countBy: 'totals',
        totals: Object.fromEntries(NAMES.map((n, i) => [n, 100 - i * 6])),
        invalid: 2,
        issued: 102,
        collected: 102,
        convened: 105,
        present: 102,
        date: '2025-06-14',
        counters: ['Vũ Thị Giang', 'Lê Văn Hùng', 'Trịnh Thị Khánh'],
      })
    ).id;
  });

  afterAll(async () => {
    await core?.close();
    if (keep) console.log(`system tier files kept in ${out}`);
    else fs.rmSync(out, { recursive: true, force: true });
  });

  /** Writes our pdf and docx, converts the docx: both PDFs' page counts and text. */
  async function both(name: string, pdf: { base64: string }, docx: { base64: string }) {
    const ours = path.join(out, `${name}.ours.pdf`);
    const docxFile = path.join(out, `${name}.docx`);
    fs.writeFileSync(ours, Buffer.from(pdf.base64, 'base64'));
    fs.writeFileSync(docxFile, Buffer.from(docx.base64, 'base64'));
    const lo = await libreOfficeToPdf(docxFile, out);
    // `raw`: as laid out, the copies side by side on each line, unsquashed (so a name ends where its cell does).
    const read = async (pdf: string) => {
      const raw = (await pdfLayoutText(pdf)).join('\n');
      return { ...(await pdfInfo(pdf)), raw, text: squash(raw) };
    };
    return { ours: await read(ours), lo: await read(lo) };
  }

  for (const perPage of [1, 2, 4] as const) {
    it(`ballot papers, ${perPage} to a sheet: one A4 page in LibreOffice too, every copy whole`, async () => {
      onTestFailed(() => void (keep = true));
      const files = await Promise.all(
        (['pdf', 'docx'] as const).map((format) =>
          call(core, 'elections.ballotPapers', { id: electionId, perPage, format }),
        ),
      );
      const r = await both(`ballots-${perPage}`, files[0], files[1]);
      for (const pdf of [r.ours, r.lo]) {
        expect(pdf.pages).toBe(1);
        expect(pdf.paper).toBe('A4');
        expect(Math.round(pdf.width)).toBe(perPage === 2 ? 842 : 595);
        expect(pdf.text.match(/PHIẾUBẦUCỬ/g)).toHaveLength(perPage);
        // The last name and the note under the list: nothing cut off at the bottom of a slot.
        expect(pdf.text.match(/LýHảiYến/g)).toHaveLength(perPage);
        expect(pdf.text.match(/ngườiđó\./g)).toHaveLength(perPage);
      }
    });
  }

  for (const perPage of [1, 2, 4] as const) {
    it(`ballot papers, ${perPage} to a sheet, at the longest list accepted: nothing cut off by Word's fixed rows`, async () => {
      onTestFailed(() => void (keep = true));
      const names = (n: number) => Array.from({ length: n }, (_, i) => `Nguyễn Thị Thanh Hương${i + 1}`);
      let longest = '';
      let count = 0;
      for (let n = 8; n <= 40; n++) {
        const { id } = await call(core, 'elections.create', {
          body: 'bch',
          electing: 'Ban Chấp hành Công đoàn cơ sở khóa II, nhiệm kỳ 2025–2030',
          seats: 7,
          candidates: names(n).map((name) => ({ name })),
          denominator: 'valid',
        });
        if (!(await core.invoke('elections.ballotPapers', { id, perPage, format: 'pdf' })).ok) break;
        [longest, count] = [id, n];
      }
      expect(count).toBeGreaterThanOrEqual(perPage === 1 ? 24 : perPage === 2 ? 15 : 10);
      const files = await Promise.all(
        (['pdf', 'docx'] as const).map((format) =>
          call(core, 'elections.ballotPapers', { id: longest, perPage, format }),
        ),
      );
      const r = await both(`ballots-longest-${perPage}`, files[0], files[1]);
      for (const pdf of [r.ours, r.lo]) {
        expect(pdf.pages).toBe(1);
        expect(pdf.raw.match(new RegExp(`Nguyễn Thị Thanh Hương${count}(?!\\d)`, 'g'))).toHaveLength(perPage);
        expect(pdf.raw.match(/người\s+đó\./g)).toHaveLength(perPage);
      }
    });
  }

  it('the Biên bản kiểm phiếu: same pages and figures in LibreOffice as in our PDF', async () => {
    onTestFailed(() => void (keep = true));
    const files = await Promise.all(
      (['pdf', 'docx'] as const).map((format) => call(core, 'elections.recordedMinutes', { id: electionId, format })),
    );
    const r = await both('bien-ban-kiem-phieu', files[0], files[1]);
    expect(r.lo.pages).toBe(r.ours.pages);
    for (const pdf of [r.ours, r.lo]) {
      for (const s of ['BIÊNBẢN', 'Sốphiếuhợplệ:100', 'Sốphiếukhônghợplệ:2', 'TRƯỞNGBANKIỂMPHIẾU', 'TrịnhThịKhánh'])
        expect(pdf.text).toContain(s);
      // The widened name column: each name and its votes on one line ("1 Nguyễn Văn An 100").
      for (const [i, n] of NAMES.entries()) expect(pdf.text).toContain(squash(`${n}${100 - i * 6}`));
    }
  });

  it('the tờ trình công nhận keeps the official form in LibreOffice, appendix included', async () => {
    onTestFailed(() => void (keep = true));
    const { documentId } = await call(core, 'elections.recognition', { meetingId });
    const { model } = await call(core, 'docs.get', { id: documentId });
    const c = await checkDocument('to-trinh-cong-nhan', model, out);
    expectOfficialForm(c);
    const lo = squash(c.lo.text.join(''));
    for (const s of ['TỜTRÌNH', 'Phụlục', 'DANHSÁCHBANCHẤPHÀNH', 'BùiHữuPhúc', 'Họvàtên']) expect(lo).toContain(s);
    expect(lo).not.toContain('NgôThịThảo'); // 46 of 100 valid ballots: not elected
  });
});
