/**
 * A payment list (danh-sach) is a voucher signed by three (issue 13): made from the template through the real core,
 * issued, then read back in our PDF (pdftotext -layout) and in the .docx as LibreOffice lays it out. On one page, the
 * three headings stand on one line, left to right (NGƯỜI LẬP, KẾ TOÁN, TM. BAN CHẤP HÀNH unbroken), the three names on
 * one line below them in the same order, the list with its total and "Kèm theo Quyết định số …" above it.
 */
import { describe, expect, inject, it } from 'vitest';
import { issuingSuite, squash } from './issued-layouts';

/** The one layout line holding every word of `parts`, each found left of the next; null when there is none. */
function inOrderOnOneLine(page: string, parts: string[]): number[] | null {
  for (const line of page.normalize('NFC').split('\n')) {
    const at: number[] = [];
    let from = 0;
    for (const p of parts) {
      const i = line.indexOf(p, from);
      if (i < 0) break;
      at.push(i);
      from = i + p.length;
    }
    if (at.length === parts.length) return at;
  }
  return null;
}

describe.skipIf(!inject('systemTier'))('a payment list signed by three through poppler and LibreOffice', () => {
  const suite = issuingSuite('voucher', { chairName: 'Hoàng Văn Tâm' });

  it('signs NGƯỜI LẬP, KẾ TOÁN and TM. BAN CHẤP HÀNH side by side, names below, in both layouts', async () => {
    const layouts = await suite.issueAndRead(
      'danh-sach',
      {
        subject: 'quà Tết Nguyên đán năm 2026',
        decisionRef: '04/QĐ-CĐCS ngày 20/01/2026',
        preparer: 'Lê Thu Hà',
        accountant: 'Vũ Minh Đức',
        members: [
          { fullName: 'Nguyễn Thị Lan', unit: 'Tổ công đoàn Phân xưởng Hoàn thiện', amount: 500000 },
          { fullName: 'Trần Văn Bình', unit: 'Tổ công đoàn Kho vận', amount: 300000 },
        ],
      },
      '2026-01-22',
    );
    for (const [who, pages] of layouts) {
      expect(pages.length, who).toBe(1);
      const [page] = pages;
      const headings = inOrderOnOneLine(page, ['NGƯỜI LẬP', 'KẾ TOÁN', 'TM. BAN CHẤP HÀNH']);
      expect(headings, `${who}: the three headings on one line\n${page}`).not.toBeNull();
      const names = inOrderOnOneLine(page, ['Lê Thu Hà', 'Vũ Minh Đức', 'Hoàng Văn Tâm']);
      expect(names, `${who}: the three names on one line\n${page}`).not.toBeNull();
      expect(inOrderOnOneLine(page, ['CHỦ TỊCH']), who).not.toBeNull();
      const flat = squash(page);
      for (const s of [
        'Số:01/DS-CĐCS',
        'DANHSÁCH',
        'ĐoànviênnhậnquàTếtNguyênđánnăm2026',
        '(KèmtheoQuyếtđịnhsố04/QĐ-CĐCSngày20/01/2026',
        'NguyễnThịLan',
        'TrầnVănBình',
        'Tổngcộng:02người',
        '800.000',
        'Támtrămnghìnđồng',
        'Nơinhận:',
      ])
        expect(flat, `${who}: ${s}`).toContain(s);
      // The signatures come after the list.
      expect(flat.indexOf('NGƯỜILẬP'), who).toBeGreaterThan(flat.indexOf('Tổngcộng'));
    }
  });
});
