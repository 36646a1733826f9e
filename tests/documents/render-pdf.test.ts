/**
 * toPdf, read back with pdf.js (pdf-parse): A4 pages, the official texts, Tinos embedded as TrueType (/FontFile2),
 * the masthead columns side by side, page numbers centred in the top margin from page 2 on, lists, tables, and a
 * 20-page minutes document.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { toPdf } from '../../src/core/documents/render';
import { p, pageBreak, table, td, th, tr } from './fixtures/build';
import { closingModel, decision, letter, longMinutes, minutes, withAppendices } from './fixtures/models';
import { positionedItems, readPdf, squash, type PdfRead } from './fixtures/read';

const MM = 72 / 25.4;
/** pdfmake writes one text item per word: the first item that is this word. */
const word = <T extends { str: string }>(items: T[], w: string): T => {
  const found = items.find((i) => i.str === w);
  if (!found)
    throw new Error(
      `no "${w}" in ${items
        .map((i) => i.str)
        .join(' ')
        .slice(0, 200)}`,
    );
  return found;
};
const A4 = { width: 595.28, height: 841.89 };
let pdf: Buffer;
let read: PdfRead;

beforeAll(async () => {
  pdf = await toPdf(minutes());
  read = await readPdf(pdf);
});

describe('toPdf', () => {
  it('is A4 portrait, with Tinos embedded as TrueType font files', () => {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    for (const s of read.sizes) expect(s).toEqual(A4);
    const raw = pdf.toString('latin1');
    const fonts = [...raw.matchAll(/\/BaseFont\s*\/([A-Z]{6}\+)?([\w-]+)/g)].map((m) => m[2]);
    expect(new Set(fonts)).toEqual(new Set(['Tinos', 'Tinos-Bold', 'Tinos-Italic', 'Tinos-BoldItalic']));
    expect(raw.match(/\/FontFile2/g)!.length).toBe(4);
    expect(raw).not.toMatch(/\/BaseFont\s*\/(Times|Helvetica|Roboto)/);
  });

  it('carries the masthead, title, body, signatures and Nơi nhận in reading order', () => {
    const all = squash(read.pages.join('\n'));
    let at = 0;
    for (const line of [
      'CÔNG ĐOÀN KHU CÔNG NGHIỆP THĂNG LONG',
      'CÔNG ĐOÀN CƠ SỞ CÔNG TY TNHH ĐIỆN TỬ ÁNH DƯƠNG',
      'Số: 07/BB-CĐCS',
      'Hà Nội, ngày 05 tháng 02 năm 2026',
      'BIÊN BẢN',
      'Họp Ban Chấp hành Công đoàn cơ sở tháng 02 năm 2026',
      'I. THÀNH PHẦN THAM DỰ',
      '1. Đánh giá kết quả hoạt động',
      '+ Thời gian',
      '• Từ quỹ công đoàn',
      '3. Xét chi hỗ trợ',
      'Kết quả biểu quyết',
      'Tổng số ủy viên có mặt',
      'THƯ KÝ',
      'Nguyễn Thị Lan',
      'CHỦ TRÌ',
      'Trần Thị Hoa',
      'Nơi nhận:',
      '- BCH CĐCS;',
      '- Lưu: VT, hồ sơ.',
    ]) {
      const i = all.indexOf(squash(line), at);
      expect(i, line).toBeGreaterThanOrEqual(0);
      at = i;
    }
    expect(all).toContain(squash('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'));
    expect(all).toContain(squash('Độc lập - Tự do - Hạnh phúc'));
  });

  it('sets the masthead in two columns: issuer left, national name right, on the same top line', async () => {
    const items = await positionedItems(pdf, 1);
    const upper = word(items, 'CÔNG');
    const nation = word(items, 'CỘNG');
    const date = word(items, 'Hà');
    const number = word(items, 'Số:');
    expect(Math.abs(upper.y - nation.y)).toBeLessThan(2);
    const lastLeft = items.filter((i) => Math.abs(i.y - upper.y) < 1 && i.x < nation.x).at(-1)!;
    expect(lastLeft.x + lastLeft.w).toBeLessThan(30 * MM + 0.4 * 165 * MM);
    expect(nation.x).toBeGreaterThan(30 * MM + 0.4 * 165 * MM);
    expect(Math.abs(number.y - date.y)).toBeLessThan(3); // "Số:" and the date share a row
    expect(nation.size).toBeCloseTo(12, 0);
    expect(upper.y).toBeGreaterThan(A4.height - 20 * MM - 14); // first line right at the top margin
  });

  it('numbers pages from 2 on, centred in the top margin, and leaves page 1 unnumbered', async () => {
    expect(read.pages.length).toBe(2);
    expect(read.pages[1].trim().split('\n')[0].trim()).toBe('2');
    const topMargin = A4.height - 20 * MM;
    const p2 = (await positionedItems(pdf, 2)).filter((it) => it.y > topMargin);
    expect(p2.map((it) => it.str)).toEqual(['2']);
    expect(Math.abs(p2[0].x + p2[0].w / 2 - (30 * MM + (A4.width - 15 * MM)) / 2)).toBeLessThan(1);
    expect((await positionedItems(pdf, 1)).filter((it) => it.y > topMargin)).toEqual([]);
  });

  it('keeps the body between the 30 mm and 15 mm margins, with the 1 cm first-line indent', async () => {
    const items = await positionedItems(pdf, 1);
    const xs = items.map((i) => i.x);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(30 * MM - 0.5);
    expect(Math.max(...items.map((i) => i.x + i.w))).toBeLessThanOrEqual(A4.width - 15 * MM + 1);
    const first = word(items, 'Hôm');
    expect(first.x).toBeCloseTo(30 * MM + 10 * MM, 0);
  });

  it('signs one-signer documents beside Nơi nhận, adds “Lưu: VT”, and shows embedded images', async () => {
    const d = await toPdf(decision());
    const text = squash((await readPdf(d)).pages.join('\n'));
    for (const s of [
      'QUYẾT ĐỊNH',
      'Về việc kết nạp đoàn viên công đoàn',
      'TM. BAN CHẤP HÀNH',
      'CHỦ TỊCH',
      'Trần Thị Hoa',
      '- Như Điều 3;',
      '- Lưu: VT.',
      'Số: 03/QĐ-CĐCS',
    ])
      expect(text, s).toContain(squash(s));
    expect(d.toString('latin1')).toMatch(/\/Subtype\s*\/Image/);
    const items = await positionedItems(d, 1);
    const label = word(items, 'Nơi');
    const authority = word(items, 'TM.');
    expect(Math.abs(label.y - authority.y)).toBeLessThan(3);
  });

  it('prints a công văn with its V/v line and no title', async () => {
    const text = squash((await readPdf(await toPdf(letter()))).pages.join(''));
    expect(text).toContain(squash('Số: 12/CĐCS-VP'));
    expect(text).toContain(squash('V/v đề nghị hỗ trợ kinh phí'));
    expect(text).not.toContain(squash('CÔNG VĂN'));
  });

  it('breaks pages where the body says so', async () => {
    const r = await readPdf(
      await toPdf({ ...minutes(), body: { type: 'doc', content: [p('Trang một'), pageBreak, p('Trang hai')] } }),
    );
    expect(r.pages.length).toBe(2);
    expect(squash(r.pages[0])).toContain('Trangmột');
    expect(squash(r.pages[1])).toContain('Tranghai');
  });

  it('never leaves the signature alone on a page: the closing paragraph goes with it', async () => {
    for (const k of [9, 10, 12]) {
      const r = await readPdf(await toPdf(closingModel(k)));
      expect(r.pages.length, `k=${k}`).toBe(2);
      const p2 = squash(r.pages[1]);
      expect(p2.indexOf(squash('Quyết định này có hiệu lực')), `k=${k}`).toBe(1); // right after the page number
      expect(p2).toContain(squash('TM. BAN CHẤP HÀNH'));
    }
  });

  it('repeats a long table’s header rows on every page and never splits a row', async () => {
    const rows = Array.from({ length: 80 }, (_, i) =>
      tr(td(String(i + 1)), td(`Đoàn viên số ${i + 1}`), td('Tổ Sản xuất 1'), td('1.000.000 đồng')),
    );
    const model = {
      ...minutes(),
      body: {
        type: 'doc' as const,
        content: [table(tr(th('STT'), th('Họ và tên'), th('Tổ công đoàn'), th('Số tiền')), ...rows)],
      },
    };
    const r = await readPdf(await toPdf(model));
    expect(r.pages.length).toBeGreaterThan(2);
    for (const page of r.pages.slice(0, -1))
      expect(squash(page)).toContain(squash('STT Họ và tên Tổ công đoàn Số tiền'));
    const all = squash(r.pages.join(''));
    for (let i = 1; i <= 80; i++) expect(all).toContain(squash(`${i} Đoàn viên số ${i} Tổ Sản xuất 1 1.000.000 đồng`));
  });

  it('prints each appendix on a page of its own, after the signature and Nơi nhận, with its heading lines first', async () => {
    const plain = await readPdf(await toPdf(decision()));
    const r = await readPdf(await toPdf(withAppendices()));
    expect(plain.pages.length).toBe(1);
    expect(r.pages.length).toBe(plain.pages.length + 2); // the two appendices fit a page each
    const [p1, p2, p3] = r.pages.map(squash);
    expect(p1).toContain(squash('Nơi nhận:'));
    expect(p1).toContain(squash('Trần Thị Hoa'));
    expect(p1).not.toContain(squash('Phụ lục'));
    // Each appendix page: its page number, then "Phụ lục I", the name in capitals, the "(Kèm theo …)" line, the body.
    const note = squash(
      '(Kèm theo Quyết định số 03/QĐ-CĐCS ngày 05 tháng 02 năm 2026 của Công đoàn cơ sở Công ty TNHH Điện tử Ánh Dương)',
    );
    expect(p2.startsWith(squash('2 Phụ lục I DANH SÁCH ĐOÀN VIÊN ĐƯỢC KẾT NẠP') + note)).toBe(true);
    expect(p2).toContain(squash('1 Nguyễn Văn An Tổ Sản xuất 1'));
    expect(p3.startsWith(squash('3 Phụ lục II') + note + squash('Quyền và nghĩa vụ'))).toBe(true);
    expect(p3).toContain(squash('2. Đóng đoàn phí đúng quy định.'));
    const items = await positionedItems(await toPdf(withAppendices()), 2);
    const label = word(items, 'Phụ');
    expect(
      Math.abs(
        label.x + (word(items, 'I').x + word(items, 'I').w - label.x) / 2 - (30 * MM + (A4.width - 15 * MM)) / 2,
      ),
    ).toBeLessThan(1); // centred
  });

  it('lays a 20-page minutes document out in about 20 pages, numbered from 2', async () => {
    const r = await readPdf(await toPdf(longMinutes()));
    expect(r.pages.length).toBeGreaterThanOrEqual(19);
    expect(r.pages.length).toBeLessThanOrEqual(21);
    r.pages.slice(1).forEach((page, i) => expect(page.trim().split('\n')[0].trim()).toBe(String(i + 2)));
  });
});
