/**
 * meetings.pack through the real encrypted core: one PDF whose pages are its parts' pages plus the cover and the
 * contents, the contents' first pages right, page numbers across, the names and titles readable by poppler, a QR
 * code per member on the sign-in sheet, and a .zip of .docx parts and attached files that open.
 */
import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { decodePDFRawStream, PDFArray, PDFDocument, type PDFRawStream } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingPack } from '../../src/shared/meetings-contract';
import { call, registerCore, type Register } from './helpers';
import { packMeeting, packPartsProbe, type PackMeeting, pdfText, runPack } from './pack-helpers';

let r: Register;
let m: PackMeeting;
let pack: MeetingPack;
let pdf: Buffer;
const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, '');

/** The drawing operators of one page, its content streams decoded. */
function pageOps(doc: PDFDocument, index: number): string {
  const c = doc.getPage(index).node.Contents()!;
  const streams = c instanceof PDFArray ? c.asArray().map((ref) => doc.context.lookup(ref)) : [c];
  return streams
    .map((st) => Buffer.from(decodePDFRawStream(st as PDFRawStream).decode()).toString('latin1'))
    .join('\n');
}

beforeAll(async () => {
  r = await registerCore([packPartsProbe]);
  m = await packMeeting(r);
  pack = await runPack(r.core, m.id);
  pdf = Buffer.from(pack.pdf.base64, 'base64');
}, 120_000);
afterAll(async () => {
  await r.core.close();
});

describe('meetings.pack', () => {
  it('has as many pages as its parts rendered alone, plus the cover and the contents', async () => {
    const alone = await call<{ title: string; pages: number }[]>(r.core, 'probe.packParts', { id: m.id });
    const inPdf = alone.filter((p) => p.pages > 0);
    expect(pack.parts.map((p) => [p.title, p.pages])).toEqual(inPdf.map((p) => [p.title, p.pages]));
    const contentsPages = pack.parts[0].firstPage - 2;
    expect(contentsPages).toBe(1);
    const sum = inPdf.reduce((n, p) => n + p.pages, 0);
    expect(pack.pages).toBe(1 + contentsPages + sum);
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(pack.pages);
    // The attached PDF keeps its own page count; the text file is not a PDF part.
    expect(pack.parts.find((p) => p.title === 'Dự toán kinh phí.pdf')?.pages).toBe(2);
    expect(alone.find((p) => p.title === 'Ghi chú.txt')?.pages).toBe(0);
    // The Giấy mời part is the one meetings.invitations renders.
    const invitation = (await call(r.core, 'meetings.invitations', { id: m.id, format: 'pdf' })).files[0];
    const invitationPages = (await PDFDocument.load(Buffer.from(invitation.base64, 'base64'))).getPageCount();
    expect(pack.parts.find((p) => p.title === 'Giấy mời')?.pages).toBe(invitationPages);
  });

  it('lists each part on the contents page with the page it starts on, and each starts there', async () => {
    const contents = (await pdfText(pdf, 2, 2, true)).split('\n').map(squash);
    const starts: Record<string, string> = {
      'Chương trình': 'CHƯƠNGTRÌNH',
      'Giấy mời': 'GIẤYMỜI',
      'Danh sách đại biểu được mời': 'Đạibiểuđượcmờidự',
      'Danh sách đại biểu ký tên': 'DANHSÁCHĐẠIBIỂUKÝTÊN',
      'Dự toán kinh phí.pdf': 'Tàilieudinhkemtrang1',
      'Dự thảo nghị quyết': 'DỰTHẢO',
      'Biên bản cuộc họp (mẫu ghi)': 'BIÊNBẢN',
    };
    for (const [n, p] of pack.parts.entries()) {
      expect(contents).toContain(squash(`${n + 1}${p.title}${p.firstPage}`));
      const first = squash(await pdfText(pdf, p.firstPage));
      const mark = starts[p.title] ?? (p.title.startsWith('Bản nháp') ? 'BÁOCÁO' : null);
      expect(mark, p.title).not.toBeNull();
      expect(first, p.title).toContain(mark);
      expect(first).toContain(`Trang${p.firstPage}/${pack.pages}`);
    }
    expect(pack.parts.at(-1)!.firstPage + pack.parts.at(-1)!.pages - 1).toBe(pack.pages);
  });

  it('reads back with poppler: the cover, page numbers, agenda titles, every invitee', async () => {
    const text = squash(await pdfText(pdf));
    for (const s of ['TÀI LIỆU CUỘC HỌP', 'Họp Ban Chấp hành tháng 3', 'Phòng họp tầng 2', 'Trang 1/', 'MỤC LỤC'])
      expect(text).toContain(squash(s));
    expect(text).toContain(`Trang${pack.pages}/${pack.pages}`);
    for (const s of ['Báo cáo kết quả quý I', 'Dự toán Tháng Công nhân', 'Ghi chú.txt'])
      expect(text).toContain(squash(s));
    // Convened: the BCH (An, Cường, Em) and Tổ cắt (Cường, Dung); the guest too.
    for (const name of ['Nguyễn Văn An', 'Lê Văn Cường', 'Hoàng Văn Em', 'Phạm Thị Dung', 'Ông Khách Mời'])
      expect(text).toContain(squash(name));
    expect(text).not.toContain(squash('Trần Thị Bình'));
    // The minutes form: what is known filled in, dotted lines for the rest; the draft resolution: every motion.
    const form = pack.parts.at(-1)!;
    const formText = squash(await pdfText(pdf, form.firstPage, form.firstPage + form.pages - 1));
    for (const s of ['Chủ trì: đồng chí Nguyễn Văn An', 'Thư ký: đồng chí Lê Văn Cường', 'Vắng mặt, ủy quyền: ……'])
      expect(formText).toContain(squash(s));
    expect(formText).toContain(squash('Trên tổng số …… người có mặt'));
    for (const s of ['Thông qua kế hoạch tổ chức Tháng Công nhân', 'Thông qua mức hỗ trợ đoàn viên ốm đau'])
      expect(text).toContain(squash(s));
  });

  it('sorts the sign-in sheet by given name and draws a QR code per member', async () => {
    const sheet = pack.parts.find((p) => p.title === 'Danh sách đại biểu ký tên')!;
    const text = squash(await pdfText(pdf, sheet.firstPage, sheet.firstPage + sheet.pages - 1));
    const order = ['Nguyễn Văn An', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em'].map((n) =>
      text.indexOf(squash(n)),
    );
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // pdfmake draws a QR code as filled rectangles: four members' codes (21×21 modules, about half dark) make
    // hundreds of `re` operators; the list of invitees, the same table without codes, a handful.
    const doc = await PDFDocument.load(pdf);
    const list = pack.parts.find((p) => p.title === 'Danh sách đại biểu được mời')!;
    const rects = (index: number) => (pageOps(doc, index).match(/ re\b/g) ?? []).length;
    expect(rects(sheet.firstPage - 1)).toBeGreaterThan(4 * 21 * 21 * 0.3);
    expect(rects(list.firstPage - 1)).toBeLessThan(50);
  });

  it('zips the parts as .docx that open with mammoth, plus the attached files as given', async () => {
    const files = unzipSync(new Uint8Array(Buffer.from(pack.zip.base64, 'base64')));
    const names = Object.keys(files).sort();
    expect(names).toEqual([
      '01-chuong-trinh.docx',
      '02-giay-moi.docx',
      '03-danh-sach-dai-bieu-duoc-moi.docx',
      '04-danh-sach-dai-bieu-ky-ten.docx',
      '05-ban-nhap-ket-qua-hoat-dong-quy-i.docx',
      '06-ghi-chu-txt.txt',
      '07-du-toan-kinh-phi-pdf.pdf',
      '08-du-thao-nghi-quyet.docx',
      '09-bien-ban-cuoc-hop-mau-ghi.docx',
    ]);
    expect(Buffer.from(files['06-ghi-chu-txt.txt']).toString()).toBe('Ghi chú cho cuộc họp');
    const titles: Record<string, string> = {
      '01-chuong-trinh.docx': 'CHƯƠNG TRÌNH',
      '02-giay-moi.docx': 'GIẤY MỜI',
      '03-danh-sach-dai-bieu-duoc-moi.docx': 'Phạm Thị Dung',
      '04-danh-sach-dai-bieu-ky-ten.docx': 'Ký tên',
      '05-ban-nhap-ket-qua-hoat-dong-quy-i.docx': 'Kết quả hoạt động quý I',
      '08-du-thao-nghi-quyet.docx': 'Thông qua mức hỗ trợ đoàn viên ốm đau',
      '09-bien-ban-cuoc-hop-mau-ghi.docx': 'BIÊN BẢN',
    };
    for (const [name, title] of Object.entries(titles)) {
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(files[name]) });
      expect(squash(value), name).toContain(squash(title));
    }
  });
});
