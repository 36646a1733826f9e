/**
 * Issuing an award decision through the real core, then reading the files back (issue 13): in our PDF (pdftotext)
 * and in the .docx as LibreOffice lays it out, page 1 ends with Điều 3, the signature and Nơi nhận, and the list is an
 * appendix on a page of its own whose line carries the number the register assigned.
 */
import { describe, expect, inject, it } from 'vitest';
import { issuingSuite, squash } from './issued-layouts';

describe.skipIf(!inject('systemTier'))('an issued decision through poppler and LibreOffice', () => {
  const suite = issuingSuite('issuing', { chairName: 'Nguyễn Văn An' });

  it('page 1 is signed; the appendix after it shows "Kèm theo Quyết định số 01/QĐ-CĐCS"', async () => {
    const layouts = await suite.issueAndRead(
      'quyet-dinh-khen-thuong',
      {
        subject: 'đoàn viên xuất sắc quý I năm 2026',
        achievement: 'phong trào thi đua quý I năm 2026',
        proposedBy: 'Tổ công đoàn Phân xưởng Cắt',
        fundSource: 'quỹ khen thưởng của công đoàn cơ sở',
        awardees: [
          { fullName: 'Nguyễn Thị Lan', unit: 'Tổ trưởng, Tổ công đoàn Phân xưởng Cắt', amount: 400000 },
          { fullName: 'Trần Văn Bình', unit: 'Tổ công đoàn Kho vận', amount: 300000 },
        ],
      },
      '2026-03-10',
    );
    for (const [who, pages] of layouts) {
      expect(pages.length, who).toBe(2);
      const [first, appendix] = pages.map(squash);
      for (const s of ['Số:01/QĐ-CĐCS', 'Quyếtđịnhcóhiệulựckểtừngàyký.', 'TM.BANCHẤPHÀNH', 'NguyễnVănAn', 'Nơinhận:'])
        expect(first, `${who} page 1: ${s}`).toContain(s);
      expect(first, who).not.toContain('NguyễnThịLan');
      expect(appendix, who).toContain(
        squash('(Kèm theo Quyết định số 01/QĐ-CĐCS ngày 10 tháng 3 năm 2026 của Công đoàn cơ sở Công ty TNHH'),
      );
      for (const s of ['Phụlục', 'DANHSÁCHCÁNHÂNĐƯỢCKHENTHƯỞNG', 'NguyễnThịLan', 'TrầnVănBình', '700.000'])
        expect(appendix, `${who} appendix: ${s}`).toContain(s);
    }
  });
});
