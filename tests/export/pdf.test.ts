import pdfmake from 'pdfmake';
import { PDFParse } from 'pdf-parse';
// pdf-parse's own pdf.js (pinned by it): only it gives text positions, needed to prove where the page number sits.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { membersToPdf } from '../../src/core/members/export';
import { GENERATED_AT, makeMembers, ORG, squash } from './fixtures';

const MM = 72 / 25.4;
const members = makeMembers(60);
let pdf: Buffer;
let pages: string[];
let sizes: { width: number; height: number }[];

beforeAll(async () => {
  pdf = await membersToPdf({ org: ORG, members, generatedAt: GENERATED_AT });
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    pages = (await parser.getText()).pages.map((p) => p.text);
    sizes = (await parser.getInfo({ parsePageInfo: true })).pages.map(({ width, height }) => ({ width, height }));
  } finally {
    await parser.destroy();
  }
});

/** Text items with their box in PDF user space (origin bottom-left). */
async function positionedItems(pageNo: number) {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  try {
    const page = await doc.getPage(pageNo);
    const { items } = await page.getTextContent();
    return items.flatMap((it) =>
      'str' in it && it.str.trim() ? [{ str: it.str, x: it.transform[4], y: it.transform[5], w: it.width }] : [],
    );
  } finally {
    await doc.destroy();
  }
}

describe('membersToPdf', () => {
  it('is a multi-page A4 portrait document', () => {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pages.length).toBeGreaterThan(1);
    for (const s of sizes) expect(s).toEqual({ width: 595.28, height: 841.89 });
  });

  it('carries the official header block, title, total and signature', () => {
    const first = pages[0];
    for (const line of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Hà Nội, ngày 05 tháng 02 năm 2026',
      'DANH SÁCH ĐOÀN VIÊN',
      'CÔNG ĐOÀN KHU CÔNG NGHIỆP THĂNG LONG',
      'CÔNG ĐOÀN CƠ SỞ CÔNG TY TNHH ĐIỆN TỬ ÁNH DƯƠNG',
    ])
      expect(squash(first), line).toContain(squash(line));
    const last = squash(pages.at(-1)!);
    for (const line of ['Tổng cộng: 60 đoàn viên', 'TM. BAN CHẤP HÀNH', 'CHỦ TỊCH', 'Trần Thị Hoa'])
      expect(last).toContain(squash(line));
  });

  it('prints every member’s full Vietnamese name, in order, with the table header on every page', () => {
    const all = squash(pages.join('\n'));
    let at = 0;
    for (const m of members) {
      const i = all.indexOf(squash(m.fullName), at);
      expect(i, m.fullName).toBeGreaterThanOrEqual(0);
      at = i;
    }
    // The header row repeats: each page holds the column titles.
    for (const p of pages) expect(squash(p)).toContain(squash('Họ và tên'));
    expect(squash(pages[0])).toContain(squash('13/01/1965')); // dd/mm/yyyy
  });

  it('numbers pages from 2 on, centred in the top margin, and leaves page 1 unnumbered', async () => {
    expect(pages[1].trim().split('\n')[0].trim()).toBe('2');
    expect(pages[0].trim().split('\n')[0].trim()).not.toMatch(/^\d+$/);

    const topMargin = 841.89 - 20 * MM; // y above this is inside the 20 mm top margin
    const p2 = (await positionedItems(2)).filter((it) => it.y > topMargin);
    expect(p2.map((it) => it.str)).toEqual(['2']);
    const centre = p2[0].x + p2[0].w / 2;
    expect(Math.abs(centre - (30 * MM + (595.28 - 15 * MM)) / 2)).toBeLessThan(1); // centred between the margins
    expect((await positionedItems(1)).filter((it) => it.y > topMargin)).toEqual([]);

    // Body text starts at the 30 mm left margin.
    const minX = Math.min(...(await positionedItems(2)).map((it) => it.x));
    expect(minX).toBeGreaterThanOrEqual(30 * MM);
    expect(minX).toBeLessThan(30 * MM + 6);
  });

  it('embeds Tinos (TrueType, subset) and no other font', () => {
    const raw = pdf.toString('latin1');
    const names = [...raw.matchAll(/\/FontName\s*\/([A-Z]{6}\+)?([\w-]+)/g)].map((m) => m[2]);
    // Tinos-Regular's PostScript name is plain "Tinos"; bold-italic is not used by this document.
    expect(new Set(names)).toEqual(new Set(['Tinos', 'Tinos-Bold', 'Tinos-Italic']));
    expect(raw.match(/\/FontFile2/g)?.length).toBe(names.length);
    expect(raw).not.toMatch(/\/BaseFont\s*\/(Helvetica|Times-Roman|Courier)/);
  });

  it('renders an empty list, and a missing org profile, without failing', async () => {
    const buf = await membersToPdf({ org: null, members: [], generatedAt: GENERATED_AT });
    const parser = new PDFParse({ data: new Uint8Array(buf) });
    try {
      const { text, total } = await parser.getText();
      expect(total).toBe(1);
      expect(squash(text)).toContain(squash('Tổng cộng: 0 đoàn viên'));
      expect(squash(text)).toContain(squash('Ngày 05 tháng 02 năm 2026'));
    } finally {
      await parser.destroy();
    }
  });

  it('leaves the shared pdfmake instance untouched (fonts and policies are private to this renderer)', () => {
    const shared = pdfmake as unknown as { fonts?: unknown; localAccessPolicy?: unknown };
    expect(shared.fonts).toBeUndefined();
    expect(shared.localAccessPolicy).toBeUndefined();
  });
});
