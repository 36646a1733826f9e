/**
 * The meeting pack's .zip through a real client: LibreOffice opens every .docx in it (each becomes an A4 PDF whose
 * text, read by poppler, holds the part's title), and poppler reads the pack's own PDF page for page.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { MeetingPack } from '../../src/shared/meetings-contract';
import { registerCore, type Register } from '../meetings/helpers';
import { packMeeting, runPack } from '../meetings/pack-helpers';
import { libreOfficeToPdf, pdfInfo, pdfLayoutText } from './office';
import { requireTools } from './tools';

const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, '');

/** What each .docx of the zip must show once LibreOffice has laid it out. */
const TITLES: Record<string, string> = {
  '01-chuong-trinh.docx': 'CHƯƠNG TRÌNH',
  '02-giay-moi.docx': 'GIẤY MỜI',
  '03-danh-sach-dai-bieu-duoc-moi.docx': 'DANH SÁCH',
  '04-danh-sach-dai-bieu-ky-ten.docx': 'Ký tên',
  '05-ban-nhap-ket-qua-hoat-dong-quy-i.docx': 'BÁO CÁO',
  '08-du-thao-nghi-quyet.docx': 'DỰ THẢO',
  '09-bien-ban-cuoc-hop-mau-ghi.docx': 'BIÊN BẢN',
};

describe.skipIf(!inject('systemTier'))('the meeting pack through LibreOffice and poppler', () => {
  let dir: string;
  let r: Register;
  let pack: MeetingPack;

  beforeAll(async () => {
    requireTools();
    dir = mkdtempSync(path.join(os.tmpdir(), 'ud-system-pack-'));
    r = await registerCore();
    pack = await runPack(r.core, (await packMeeting(r)).id);
  }, 120_000);
  afterAll(async () => {
    await r.core.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('LibreOffice opens every .docx of the zip', async () => {
    const files = unzipSync(new Uint8Array(Buffer.from(pack.zip.base64, 'base64')));
    const docx = Object.keys(files).filter((n) => n.endsWith('.docx'));
    expect(docx.sort()).toEqual(Object.keys(TITLES).sort());
    for (const name of docx) {
      const file = path.join(dir, name);
      writeFileSync(file, files[name]);
      const pdf = await libreOfficeToPdf(file, dir);
      const info = await pdfInfo(pdf);
      expect(info.paper, name).toBe('A4');
      expect(info.pages, name).toBeGreaterThanOrEqual(1);
      expect(squash((await pdfLayoutText(pdf)).join('\n')), name).toContain(squash(TITLES[name]));
    }
  }, 600_000);

  it('poppler reads the pack: A4, every page numbered across the pack', async () => {
    const file = path.join(dir, pack.pdf.fileName);
    writeFileSync(file, Buffer.from(pack.pdf.base64, 'base64'));
    const info = await pdfInfo(file);
    expect(info.pages).toBe(pack.pages);
    const pages = await pdfLayoutText(file);
    pages.forEach((text, i) => expect(squash(text)).toContain(`Trang${i + 1}/${pack.pages}`));
  });
});
