/**
 * `elections.ballotPapers`: one A4 sheet holding `perPage` copies of the ballot (1, 2 or 4), to print and cut,
 * as many sheets as needed being printed by the printer's copies setting. The ballot's text is the engine's: its
 * Markdown made into the document model's body (ballot-text.ts) and printed by the engine's body renderers,
 * pdfBody and bodyChildren, at the official sizes. What this file adds is the sheet: a borderless grid of slots
 * with dashed cut lines between them (a table with fixed rows in both formats: Word has no other way to put
 * several independent blocks on one page that LibreOffice lays out the same) and the stamp box of each ballot.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeightRule,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import { AppError } from '../../shared/errors';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { FileData } from '../../shared/file-data';
import { deliver } from '../deliver';
import { MIME } from '../documents/files';
import { bodyChildren, DocxNumbering, spacing } from '../documents/render/docx-body';
import { DEFAULT_MARGINS, LAYOUT, mmToPt, mmToTwip, type PageGeometry, ptToTwip } from '../documents/render/layout';
import { pdfBody } from '../documents/render/pdf-body';
import { getOrg } from '../org/org';
import { renderPdf } from '../pdf/pdf';
import type { Session } from '../session';
import { checkFits, type PerPage, scaledSize, SHEETS, slotGeometry, STAMP, type SlotGeometry } from './ballot-fit';
import { type BallotBlocks, ballotBlocks } from './ballot-text';
import { loadElection } from './read';

/** The engine's body renderers take the width of the box they fill from the geometry. */
const boxOf = (widthPt: number): PageGeometry => ({
  margins: DEFAULT_MARGINS,
  contentPt: widthPt,
  contentTwip: Math.round(widthPt * 20),
});

const STAMP_LABEL = 'Dấu của Ban tổ chức';

/** The engine's pdfmake nodes at `k` times their type size: font sizes, and the spacing that goes with them. */
function scalePdf<T>(node: T, k: number): T {
  if (k === 1) return node;
  if (Array.isArray(node)) return node.map((n: unknown) => scalePdf(n, k)) as T;
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(node)) {
    if (key === 'fontSize') out[key] = typeof v === 'number' ? scaledSize(v, k) : v;
    else if (key === 'leadingIndent') out[key] = typeof v === 'number' ? v * k : v;
    else if (key === 'margin')
      out[key] = Array.isArray(v) ? v.map((m: number) => m * k) : typeof v === 'number' ? v * k : v;
    else if (key === 'stack' || key === 'columns' || key === 'text' || key === 'table' || key === 'body')
      out[key] = scalePdf(v, k);
    else out[key] = v;
  }
  return out as T;
}

/**
 * The same for Word, on the document's XML: every run's explicit size (tables print at 13 pt) and every exact
 * line (the engine's spacer after a table); proportional line spacing needs nothing, and the body's own size and
 * spacing are the document defaults, scaled where the Document is made.
 */
function scaleDocx(docx: Uint8Array, k: number): Uint8Array {
  if (k === 1) return docx;
  const files = unzipSync(docx);
  const name = 'word/document.xml';
  files[name] = strToU8(
    strFromU8(files[name])
      .replace(
        /(<w:sz(?:Cs)? w:val=")(\d+)"/g,
        (_m, head: string, v: string) => `${head}${Math.max(1, Math.round(Number(v) * k))}"`,
      )
      .replace(
        /w:line="(\d+)" w:lineRule="exact"/g,
        (_m, v: string) => `w:line="${Math.round(Number(v) * k)}" w:lineRule="exact"`,
      ),
  );
  return zipSync(files);
}
const CUT = { widthPt: 0.5, dash: 4 };

// ---- PDF -----------------------------------------------------------------------------------------------------

function pdfBallot(b: BallotBlocks, g: SlotGeometry, k: number): Record<string, unknown>[] {
  const boxW = mmToPt(STAMP.widthMm);
  const gap = mmToPt(STAMP.gapMm);
  const stamp = {
    width: boxW,
    table: {
      widths: [boxW - 1],
      heights: [mmToPt(STAMP.heightMm) - 1],
      body: [[{ text: STAMP_LABEL, fontSize: STAMP.labelSize * k, italics: true, alignment: 'center', lineHeight: 1 }]],
    },
    layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, paddingLeft: () => 0, paddingRight: () => 0 },
  };
  const head = { width: '*', stack: scalePdf(pdfBody(b.head, boxOf(g.innerWidthPt - boxW - gap)), k) };
  return [
    { columns: [stamp, head], columnGap: gap, margin: [0, 0, 0, LAYOUT.body.afterPt * k] },
    ...scalePdf(pdfBody(b.rest, boxOf(g.innerWidthPt)), k),
  ];
}

function pdfSheet(b: BallotBlocks, perPage: PerPage): Record<string, unknown> {
  const sheet = SHEETS[perPage];
  const g = slotGeometry(sheet);
  const pad = mmToPt(sheet.padMm);
  const slot = () => ({ stack: pdfBallot(b, g, sheet.scale) });
  const inner = (i: number, n: number) => i > 0 && i < n;
  return {
    pageSize: 'A4',
    pageOrientation: sheet.landscape ? 'landscape' : 'portrait',
    pageMargins: mmToPt(sheet.marginMm),
    language: 'vi-VN',
    info: { title: 'Phiếu bầu cử', creator: 'UnionDesk', producer: 'UnionDesk' },
    defaultStyle: { font: LAYOUT.fonts.pdf, fontSize: LAYOUT.body.size },
    content: [
      {
        table: {
          widths: Array.from({ length: sheet.cols }, () => g.innerWidthPt),
          // Each row's content height (pdfmake adds the padding): the slots fill the sheet exactly.
          heights: Array.from({ length: sheet.rows }, () => g.innerHeightPt - CUT.widthPt),
          dontBreakRows: true,
          body: Array.from({ length: sheet.rows }, () => Array.from({ length: sheet.cols }, slot)),
        },
        layout: {
          hLineWidth: (i: number) => (inner(i, sheet.rows) ? CUT.widthPt : 0),
          vLineWidth: (i: number) => (inner(i, sheet.cols) ? CUT.widthPt : 0),
          hLineStyle: () => ({ dash: { length: CUT.dash } }),
          vLineStyle: () => ({ dash: { length: CUT.dash } }),
          paddingLeft: () => pad,
          paddingRight: () => pad,
          paddingTop: () => pad,
          paddingBottom: () => pad,
        },
      },
    ],
  };
}

// ---- Word ----------------------------------------------------------------------------------------------------

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const DASHED = { style: BorderStyle.DASHED, size: CUT.widthPt * 8, color: '000000' };
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

function docxBallot(b: BallotBlocks, g: SlotGeometry, numbering: DocxNumbering): FileChild[] {
  const boxTwip = mmToTwip(STAMP.widthMm);
  const gapTwip = mmToTwip(STAMP.gapMm);
  const innerTwip = Math.round(g.innerWidthPt * 20);
  const besideTwip = innerTwip - boxTwip;
  const stamp = new TableCell({
    width: { size: boxTwip, type: WidthType.DXA },
    borders: { top: THIN, bottom: THIN, left: THIN, right: THIN },
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: spacing(1),
        children: [new TextRun({ text: STAMP_LABEL, italics: true, size: STAMP.labelSize * 2 })],
      }),
    ],
  });
  const name = new TableCell({
    width: { size: besideTwip, type: WidthType.DXA },
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
    margins: { left: gapTwip, right: 0, top: 0, bottom: 0 },
    children: bodyChildren(b.head, boxOf((besideTwip - gapTwip) / 20), numbering, false) as Paragraph[],
  });
  const head = new Table({
    width: { size: innerTwip, type: WidthType.DXA },
    columnWidths: [boxTwip, besideTwip],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows: [
      new TableRow({
        height: { value: mmToTwip(STAMP.heightMm), rule: HeightRule.ATLEAST },
        children: [stamp, name],
      }),
    ],
  });
  const after = new Paragraph({
    spacing: { before: 0, after: 0, line: ptToTwip(LAYOUT.body.afterPt), lineRule: 'exact' },
  });
  return [head, after, ...bodyChildren(b.rest, boxOf(g.innerWidthPt), numbering, false)];
}

function docxSheet(b: BallotBlocks, perPage: PerPage): Document {
  const sheet = SHEETS[perPage];
  const g = slotGeometry(sheet);
  const numbering = new DocxNumbering();
  const pad = mmToTwip(sheet.padMm);
  const slotTwip = Math.round(g.slotWidthPt * 20);
  const cell = (r: number, c: number) =>
    new TableCell({
      width: { size: slotTwip, type: WidthType.DXA },
      margins: { top: pad, bottom: pad, left: pad, right: pad },
      borders: {
        top: NONE,
        left: NONE,
        bottom: r < sheet.rows - 1 ? DASHED : NONE,
        right: c < sheet.cols - 1 ? DASHED : NONE,
      },
      children: docxBallot(b, g, numbering) as (Paragraph | Table)[],
    });
  const grid = new Table({
    width: { size: slotTwip * sheet.cols, type: WidthType.DXA },
    columnWidths: Array.from({ length: sheet.cols }, () => slotTwip),
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: Array.from(
      { length: sheet.rows },
      (_, r) =>
        new TableRow({
          // A little under the slot: Word pushes a table that fills the page exactly onto a second one.
          height: { value: Math.round(g.slotHeightPt * 20) - 60, rule: HeightRule.EXACT },
          cantSplit: true,
          children: Array.from({ length: sheet.cols }, (_c, c) => cell(r, c)),
        }),
    ),
  });
  const margin = mmToTwip(sheet.marginMm);
  return new Document({
    creator: 'UnionDesk',
    title: 'Phiếu bầu cử',
    styles: {
      default: {
        document: {
          run: { font: LAYOUT.fonts.word, size: Math.round(LAYOUT.body.size * 2 * sheet.scale), color: '000000' },
          paragraph: { spacing: spacing(LAYOUT.lineSpacing, 0, LAYOUT.body.afterPt * sheet.scale) },
        },
      },
    },
    numbering: { config: numbering.config() },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: mmToTwip(LAYOUT.page.widthMm),
              height: mmToTwip(LAYOUT.page.heightMm),
              orientation: sheet.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: { top: margin, bottom: margin, left: margin, right: margin, header: 0, footer: 0, gutter: 0 },
          },
        },
        // Word needs a paragraph after a table that ends the document: a 1 pt one, so it never makes a page.
        children: [grid, new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: 'exact' } })],
      },
    ],
  });
}

// ---- The command ---------------------------------------------------------------------------------------------

export async function ballotPapers(
  s: Session,
  id: string,
  perPage: PerPage,
  format: 'pdf' | 'docx',
): Promise<FileData> {
  const e = await loadElection(s.db, id);
  if (e.candidates.length === 0)
    throw new AppError('VALIDATION', 'Chưa có danh sách ứng cử viên: chưa in được phiếu bầu.', { id });
  const { profile } = await getOrg(s.db);
  if (!profile?.name)
    throw new AppError('VALIDATION', 'Cần tên công đoàn cơ sở trong hồ sơ đơn vị để in phiếu bầu.', {
      field: 'org.name',
    });
  const blocks = ballotBlocks(e, profile.name);
  checkFits(blocks, perPage, e.candidates.length);
  const bytes =
    format === 'pdf'
      ? await renderPdf(pdfSheet(blocks, perPage))
      : scaleDocx(await Packer.toBuffer(docxSheet(blocks, perPage)), SHEETS[perPage].scale);
  return deliver(`phieu-bau-${perPage}-phieu-moi-trang.${format}`, MIME[format], bytes);
}
