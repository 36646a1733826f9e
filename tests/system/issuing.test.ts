/**
 * Issuing an award decision through the real core, then reading the files back (issue 13): in our PDF (pdftotext)
 * and in the .docx as LibreOffice lays it out, page 1 ends with Điều 3, the signature and Nơi nhận, and the list is an
 * appendix on a page of its own whose line carries the number the register assigned.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, onTestFailed } from 'vitest';
import type { Core } from '../../src/core';
import { call, initCore } from '../helpers/core';
import { libreOfficeToPdf, pdfLayoutText } from './office';
import { requireTools } from './tools';

const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, '');

describe.skipIf(!inject('systemTier'))('an issued decision through poppler and LibreOffice', () => {
  let out: string;
  let keep = !!process.env.UD_SYSTEM_KEEP;
  let core: Core;

  beforeAll(async () => {
    requireTools();
    out = mkdtempSync(path.join(os.tmpdir(), 'ud-system-issuing-'));
    ({ core } = await initCore());
    await call(core, 'org.update', {
      place: 'Hà Nội',
      chairName: 'Nguyễn Văn An',
      upperLevelName: 'Công đoàn KCN Thăng Long',
      upperLevelType: 'industrial-zone',
    });
  });

  afterAll(() => {
    core?.close();
    if (keep) console.log(`system tier files kept in ${out}`);
    else rmSync(out, { recursive: true, force: true });
  });

  it('page 1 is signed; the appendix after it shows "Kèm theo Quyết định số 01/QĐ-CĐCS"', async () => {
    onTestFailed(() => void (keep = true));
    const { doc } = await call(core, 'docs.create', {
      templateId: 'quyet-dinh-khen-thuong',
      data: {
        subject: 'đoàn viên xuất sắc quý I năm 2026',
        achievement: 'phong trào thi đua quý I năm 2026',
        proposedBy: 'Tổ công đoàn Phân xưởng Cắt',
        fundSource: 'quỹ khen thưởng của công đoàn cơ sở',
        awardees: [
          { fullName: 'Nguyễn Thị Lan', unit: 'Tổ trưởng, Tổ công đoàn Phân xưởng Cắt', amount: 400000 },
          { fullName: 'Trần Văn Bình', unit: 'Tổ công đoàn Kho vận', amount: 300000 },
        ],
      },
    });
    await call(core, 'docs.issue', { id: doc.id, date: '2026-03-10' });
    const file = async (format: 'pdf' | 'docx') => {
      const f = path.join(out, `qd.${format}`);
      writeFileSync(f, Buffer.from((await call(core, 'docs.render', { id: doc.id, format })).base64, 'base64'));
      return f;
    };
    const ours = await pdfLayoutText(await file('pdf'));
    const lo = await pdfLayoutText(await libreOfficeToPdf(await file('docx'), out));
    for (const [who, pages] of [
      ['ours', ours],
      ['LibreOffice', lo],
    ] as const) {
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
