/**
 * A meeting's papers through the real clients: LibreOffice opens and lays out the .docx of the Biên bản họp, the
 * Nghị quyết and the Giấy mời; poppler reads our PDF minutes back with every figure of the record (present/total,
 * each motion's counts and percentages) and finds its fonts embedded (Tinos, metric twin of Times New Roman, which
 * the .docx names and LibreOffice replaces by a Times-metric face).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, inject, it, onTestFailed } from 'vitest';
import { BCH_MEETING, call, registerCore, type Register } from '../meetings/helpers';
import { checkDocument, expectOfficialForm, type DocumentCheck } from './check-document';
import { libreOfficeToPdf, pdfFonts, pdfInfo, pdfLayoutText } from './office';
import { requireTools } from './tools';

const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, '');

const MEETING = {
  ...BCH_MEETING,
  motions: [
    { text: 'Thông qua báo cáo tháng 01/2026', for: 3, against: 1, abstain: 0, rule: 'twoThirds' },
    { text: 'Thông qua kế hoạch 8/3', for: 2, against: 1, abstain: 1 },
    { text: 'Thông qua quỹ xã hội', for: 4, against: 0, abstain: 0 },
  ],
};

/** Every figure the minutes must print: present/total, then each motion's for/against/abstain with %. */
const FIGURES = [
  'Có mặt 4/6',
  'đạt tỷ lệ tối thiểu 2/3 (4 người)',
  '3/4 (75%)',
  '1/4 (25%)',
  '0/4 (0%)',
  '2/4 (50%)',
  '4/4 (100%)',
  '14 giờ 00 phút, ngày 05 tháng 02 năm 2026',
  'Cuộc họp kết thúc vào lúc 16 giờ 30 phút',
];

describe.skipIf(!inject('systemTier'))("a meeting's papers through LibreOffice and poppler", () => {
  let r: Register;
  let dir: string;
  let meetingId: string;
  let keep = !!process.env.UD_SYSTEM_KEEP;

  beforeAll(async () => {
    requireTools();
    dir = mkdtempSync(path.join(os.tmpdir(), 'ud-system-meetings-'));
    r = await registerCore();
    await call(r.core, 'org.update', {
      place: 'Hà Nội',
      chairName: 'Nguyễn Văn An',
      upperLevelName: 'Công đoàn KCN Thăng Long',
      upperLevelType: 'industrial-zone',
    });
    meetingId = (await call(r.core, 'meetings.create', MEETING)).id;
  });

  afterAll(async () => {
    await r.core.close();
    if (keep) console.log(`system tier files kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  });

  const modelOf = async (documentId: string) => (await call(r.core, 'docs.get', { id: documentId })).model;

  it('Biên bản họp: LibreOffice lays out the .docx; our PDF prints every figure in Times-metric embedded fonts', async () => {
    onTestFailed(() => void (keep = true));
    const { documentId } = await call(r.core, 'meetings.minutes', { id: meetingId });
    const c: DocumentCheck = await checkDocument('bien-ban-hop', await modelOf(documentId), dir);
    expectOfficialForm(c);
    const ours = squash(c.ours.text.join('\n'));
    const lo = squash(c.lo.text.join('\n'));
    for (const s of FIGURES) {
      expect(ours, `pdftotext of our PDF: ${s}`).toContain(squash(s));
      expect(lo, `LibreOffice's layout of the docx: ${s}`).toContain(squash(s));
    }
    for (const s of ['Hoàng Văn Em – vắng mặt, lý do: Đi công tác', 'THƯ KÝ', 'CHỦ TRÌ', 'Trần Thị Mai'])
      expect(ours).toContain(squash(s));
    // Each motion's outcome wraps inside its cell: pdftotext's reading order (no -layout) keeps a cell together.
    const cells = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', c.files.pdf, '-'], { encoding: 'utf8' }));
    for (const s of ['Thông qua (từ 2/3)', 'Không thông qua (quá 1/2)', 'Thông qua báo cáo tháng 01/2026'])
      expect(cells, `pdftotext: ${s}`).toContain(squash(s));
    // pdffonts: every font of our PDF embedded, Tinos (Times New Roman's metric twin)…
    expect(c.ours.fonts.length).toBeGreaterThan(0);
    for (const f of c.ours.fonts)
      expect(f, f.name).toMatchObject({ embedded: true, name: expect.stringMatching(/Tinos/) });
    // …and the .docx asks for Times New Roman, which LibreOffice lays out in an embedded Times-metric face.
    const zip = await JSZip.loadAsync(readFileSync(c.files.docx));
    const xml = (
      await Promise.all(['word/styles.xml', 'word/document.xml'].map((n) => zip.file(n)?.async('string')))
    ).join('');
    expect(xml).toContain('Times New Roman');
    const loFonts = await pdfFonts(c.files.loPdf);
    expect(loFonts.length).toBeGreaterThan(0);
    for (const f of loFonts) {
      expect(f.embedded, f.name).toBe(true);
      expect(f.name).toMatch(/Times|Liberation ?Serif|Tinos/i);
    }
  });

  it('Nghị quyết: LibreOffice lays out the .docx with its articles', async () => {
    onTestFailed(() => void (keep = true));
    const { documentId } = await call(r.core, 'meetings.resolution', { id: meetingId });
    const c = await checkDocument('nghi-quyet', await modelOf(documentId), dir);
    expectOfficialForm(c);
    const lo = squash(c.lo.text.join('\n'));
    for (const s of [
      'NGHỊ QUYẾT',
      'QUYẾT NGHỊ:',
      'Điều 1. Thông qua báo cáo tháng 01/2026 (3/4 đồng chí có mặt tán thành, đạt 75%).',
      'Điều 2. Thông qua quỹ xã hội (4/4 đồng chí có mặt tán thành, đạt 100%).',
      'Điều 3.',
      'TM. BAN CHẤP HÀNH',
    ])
      expect(lo, s).toContain(squash(s));
    expect(lo).not.toContain(squash('Thông qua kế hoạch 8/3'));
  });

  it('Giấy mời: LibreOffice opens the .docx the invitations command writes', async () => {
    onTestFailed(() => void (keep = true));
    const { files } = await call(r.core, 'meetings.invitations', { id: meetingId, format: 'docx' });
    const docx = files.find((f: { fileName: string }) => f.fileName.endsWith('.docx'));
    expect(docx).toBeDefined();
    const file = path.join(dir, docx.fileName);
    writeFileSync(file, Buffer.from(docx.base64, 'base64'));
    const pdf = await libreOfficeToPdf(file, dir);
    expect((await pdfInfo(pdf)).paper).toBe('A4');
    const text = squash((await pdfLayoutText(pdf)).join('\n'));
    for (const s of ['GIẤY MỜI', 'Họp Ban Chấp hành định kỳ tháng 02/2026', 'Phòng họp tầng 2'])
      expect(text, s).toContain(squash(s));
  });
});
