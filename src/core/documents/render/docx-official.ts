/**
 * The official parts of a docx document: the two-column masthead (issuer left, national name right), the title
 * and summary, and the signature table with "Nơi nhận" in its left column, as real documents are laid out.
 * Layout tables are borderless and carry both grid and cell widths (LibreOffice lays tables out from both).
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { LAYOUT, mmToTwip, ptToTwip, signerShares, type PageGeometry } from './layout';
import { spacing } from './docx-body';
import { mastheadCells, type LineOpts, type MastheadItem } from './masthead-lines';
import { RECIPIENTS_LABEL, type AppendixView, type DocView, type SignerView } from './view';

const PAD = ptToTwip(LAYOUT.layoutTablePadXPt);
const SINGLE = spacing(LAYOUT.compactLineSpacing);

function line(text: string, o: LineOpts): Paragraph {
  return new Paragraph({
    alignment: o.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
    spacing: spacing(LAYOUT.compactLineSpacing, o.beforePt ?? 0, o.afterPt ?? 0),
    children: [new TextRun({ text, size: o.size * 2, bold: o.bold || undefined, italics: o.italics || undefined })],
    run: { size: o.size * 2 },
  });
}

/** A short centred rule: an empty paragraph a few points high, indented to the rule's length, with a bottom border. */
function rule(cellTwip: number, rulePt: number): Paragraph {
  const side = Math.max(0, Math.round((cellTwip - 2 * PAD - ptToTwip(rulePt)) / 2));
  return new Paragraph({
    // An exact line: LibreOffice sizes an empty paragraph by the style's font, not by its mark's size.
    spacing: { before: 0, after: 0, line: ptToTwip(LAYOUT.masthead.ruleLinePt), lineRule: LineRuleType.EXACT },
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: LAYOUT.masthead.ruleWidthPt * 8, color: '000000', space: 1 } },
    run: { size: 2 },
  });
}

function layoutTable(cols: number[], rows: TableRow[]): Table {
  return new Table({
    rows,
    width: { size: cols.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: cols,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { top: 0, bottom: 0, left: PAD, right: PAD },
  });
}

const cell = (width: number, children: Paragraph[], columnSpan = 1) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: columnSpan > 1 ? columnSpan : undefined,
    verticalAlign: VerticalAlignTable.TOP,
    children: children.length ? children : [new Paragraph({ spacing: SINGLE })],
  });

/** The two column widths of the masthead, in twips (also used by the PDF through the same shares). */
export function mastheadColumns(geom: PageGeometry): [number, number] {
  const left = Math.round(geom.contentTwip * LAYOUT.masthead.leftShare);
  return [left, geom.contentTwip - left];
}

export function masthead(v: DocView, geom: PageGeometry): Table {
  const [lw, rw] = mastheadColumns(geom);
  const c = mastheadCells(v, geom.contentPt);
  const draw = (width: number, items: MastheadItem[]) =>
    cell(
      width,
      items.map((it) => ('rulePt' in it ? rule(width, it.rulePt) : line(it.text, it))),
    );
  return layoutTable(
    [lw, rw],
    [
      new TableRow({ cantSplit: true, children: [draw(lw, c.left), draw(rw, c.right)] }),
      new TableRow({ cantSplit: true, children: [draw(lw, c.number), draw(rw, c.date)] }),
    ],
  );
}

/** "BIÊN BẢN" and the summary below it; nothing for a công văn. */
export function titleBlock(v: DocView): Paragraph[] {
  if (v.isLetter) return [];
  const t = LAYOUT.title;
  const para = (text: string, size: number, before: number, after: number) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      widowControl: false,
      spacing: spacing(LAYOUT.lineSpacing, before, after),
      children: [new TextRun({ text, size: size * 2, bold: true })],
      run: { size: size * 2 },
    });
  return v.summary
    ? [para(v.title, t.size, t.beforePt, 0), para(v.summary, t.summarySize, 0, t.afterPt)]
    : [para(v.title, t.size, t.beforePt, t.afterPt)];
}

function signature(s: SignerView): Paragraph[] {
  const g = LAYOUT.signature;
  const out: Paragraph[] = [];
  s.heading.forEach((text, i) =>
    out.push(line(text, { size: g.size, bold: true, beforePt: i === 0 ? g.beforePt : 0 })),
  );
  out.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { ...SINGLE, before: mmToTwip(g.signSpaceMm) },
      children: [new TextRun({ text: s.name, size: g.size * 2, bold: true })],
      run: { size: g.size * 2 },
    }),
  );
  return out;
}

function recipients(v: DocView, beforePt: number): Paragraph[] {
  const r = LAYOUT.recipients;
  return [
    line(RECIPIENTS_LABEL, { size: r.labelSize, bold: true, italics: true, align: 'left', beforePt }),
    ...v.recipients.map((item) => line(item, { size: r.itemSize, align: 'left' })),
  ];
}

/**
 * Signature(s) and Nơi nhận in one borderless table: one signer → [Nơi nhận | signature];
 * two → [THƯ KÝ | CHỦ TRÌ] then Nơi nhận; three → [NGƯỜI LẬP | KẾ TOÁN | chair] then Nơi nhận under the first two.
 */
export function signatureTable(v: DocView, geom: PageGeometry): Table {
  const before = LAYOUT.signature.beforePt;
  if (v.signers.length === 1) {
    const lw = Math.round(geom.contentTwip * LAYOUT.signature.recipientsShare);
    const rw = geom.contentTwip - lw;
    return layoutTable(
      [lw, rw],
      [
        new TableRow({
          cantSplit: true,
          children: [cell(lw, recipients(v, before)), cell(rw, signature(v.signers[0]))],
        }),
      ],
    );
  }
  const cols = twipColumns(geom.contentTwip, signerShares(v.signers.length));
  const last = cols.length - 1;
  const leftWidth = cols.slice(0, last).reduce((a, b) => a + b, 0);
  return layoutTable(cols, [
    // keepNext: the signatures and Nơi nhận stay on one page, as the PDF keeps them (one unbreakable block).
    new TableRow({
      cantSplit: true,
      keepNext: true,
      children: v.signers.map((s, i) => cell(cols[i], signature(s))),
    }),
    // Nơi nhận under every signer but the last (three signers leave it too narrow a column of its own).
    new TableRow({
      cantSplit: true,
      children: [cell(leftWidth, recipients(v, before), last), cell(cols[last], [])],
    }),
  ]);
}

/** Shares → whole twips summing to the content width exactly (the last column takes the rounding). */
function twipColumns(total: number, shares: readonly number[]): number[] {
  const cols = shares.slice(0, -1).map((s) => Math.round(total * s));
  return [...cols, total - cols.reduce((a, b) => a + b, 0)];
}

/** A phụ lục's heading: "Phụ lục I", its name and the "(Kèm theo …)" line, from the top of a new page. */
export function appendixHeading(a: AppendixView): Paragraph[] {
  const g = LAYOUT.appendix;
  const para = (text: string, size: number, o: { italics?: boolean; first?: boolean; afterPt?: number }) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      // A page break before the paragraph rather than a break paragraph: nothing is left over at the foot of the
      // signature's page, and the heading is the first line of its page in Word and LibreOffice alike.
      pageBreakBefore: o.first || undefined,
      keepNext: true,
      widowControl: false,
      spacing: spacing(LAYOUT.lineSpacing, 0, o.afterPt ?? 0),
      children: [new TextRun({ text, size: size * 2, bold: !o.italics || undefined, italics: o.italics || undefined })],
      run: { size: size * 2 },
    });
  return [
    para(a.label, g.labelSize, { first: true }),
    ...(a.title ? [para(a.title, g.titleSize, {})] : []),
    para(a.note, g.noteSize, { italics: true, afterPt: g.afterPt }),
  ];
}
