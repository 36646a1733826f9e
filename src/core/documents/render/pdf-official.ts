/**
 * The official parts in pdfmake: masthead, title and the signature / Nơi nhận table, with the geometry of
 * docx-official.ts (same column widths, cell padding, spacing and rules) so the PDF and the Word file match.
 */
import { LAYOUT, mmToPt, pdfLine, signerShares, type PageGeometry } from './layout';
import { mastheadCells, type LineOpts, type MastheadItem } from './masthead-lines';
import { RECIPIENTS_LABEL, type AppendixView, type DocView, type SignerView } from './view';

type Node = Record<string, unknown>;
const PAD = LAYOUT.layoutTablePadXPt;

const line = (text: string, o: LineOpts): Node => ({
  text,
  fontSize: o.size,
  bold: o.bold || undefined,
  italics: o.italics || undefined,
  alignment: o.align ?? 'center',
  lineHeight: pdfLine(LAYOUT.compactLineSpacing, o.size),
  margin: [0, o.beforePt ?? 0, 0, o.afterPt ?? 0],
});

/** Word's rule paragraph: an exact line of ruleLinePt, the border 1 pt below it, 0.75 pt thick. */
const rule = (cellPt: number, rulePt: number): Node => {
  const y = LAYOUT.masthead.ruleLinePt + 1 + LAYOUT.masthead.ruleWidthPt / 2;
  const x = (cellPt - 2 * PAD - rulePt) / 2;
  return {
    canvas: [{ type: 'line', x1: x, y1: y, x2: x + rulePt, y2: y, lineWidth: LAYOUT.masthead.ruleWidthPt }],
    margin: [0, 0, 0, LAYOUT.masthead.ruleWidthPt / 2],
  };
};

/** A borderless table whose columns are `cols` points wide including the padding, as Word's cell widths are. */
const layoutTable = (cols: number[], body: Node[][]): Node => ({
  table: { widths: cols.map((c) => c - 2 * PAD), body, dontBreakRows: true },
  layout: {
    hLineWidth: () => 0,
    vLineWidth: () => 0,
    paddingLeft: () => PAD,
    paddingRight: () => PAD,
    paddingTop: () => 0,
    paddingBottom: () => 0,
  },
});

export function mastheadPdf(v: DocView, geom: PageGeometry): Node {
  const lw = geom.contentPt * LAYOUT.masthead.leftShare;
  const rw = geom.contentPt - lw;
  const c = mastheadCells(v, geom.contentPt);
  const draw = (width: number, items: MastheadItem[]) => ({
    stack: items.map((it) => ('rulePt' in it ? rule(width, it.rulePt) : line(it.text, it))),
  });
  return layoutTable(
    [lw, rw],
    [
      [draw(lw, c.left), draw(rw, c.right)],
      [draw(lw, c.number), draw(rw, c.date)],
    ],
  );
}

export function titlePdf(v: DocView): Node[] {
  if (v.isLetter) return [];
  const t = LAYOUT.title;
  const para = (text: string, size: number, before: number, after: number) => ({
    text,
    fontSize: size,
    bold: true,
    alignment: 'center',
    lineHeight: pdfLine(LAYOUT.lineSpacing, size),
    margin: [0, before, 0, after],
  });
  return v.summary
    ? [para(v.title, t.size, t.beforePt, 0), para(v.summary, t.summarySize, 0, t.afterPt)]
    : [para(v.title, t.size, t.beforePt, t.afterPt)];
}

function signature(s: SignerView): Node {
  const g = LAYOUT.signature;
  const out: Node[] = [];
  // A blank heading line still takes its height, as Word's empty paragraph does.
  s.heading.forEach((text, i) =>
    out.push(line(text || '\u00a0', { size: g.size, bold: true, beforePt: i === 0 ? g.beforePt : 0 })),
  );
  out.push(line(s.name, { size: g.size, bold: true, beforePt: mmToPt(g.signSpaceMm) }));
  return { stack: out };
}

function recipients(v: DocView, beforePt: number): Node {
  const r = LAYOUT.recipients;
  return {
    stack: [
      line(RECIPIENTS_LABEL, { size: r.labelSize, bold: true, italics: true, align: 'left', beforePt }),
      ...v.recipients.map((item) => line(item, { size: r.itemSize, align: 'left' })),
    ],
  };
}

export function signaturePdf(v: DocView, geom: PageGeometry): Node {
  const before = LAYOUT.signature.beforePt;
  if (v.signers.length === 1) {
    const lw = geom.contentPt * LAYOUT.signature.recipientsShare;
    return layoutTable([lw, geom.contentPt - lw], [[recipients(v, before), signature(v.signers[0])]]);
  }
  // Two or three signers side by side (the chair last); Nơi nhận under all but the last, as in the .docx.
  const cols = signerShares(v.signers.length).map((s) => geom.contentPt * s);
  const span = cols.length - 1;
  const under: Node[] = [{ ...recipients(v, before), colSpan: span }, ...Array.from({ length: span - 1 }, () => ({}))];
  return layoutTable(cols, [v.signers.map(signature), [...under, { text: '' }]]);
}

/** A phụ lục's heading lines (as docx-official's appendixHeading), the first one starting a new page. */
export function appendixHeadingPdf(a: AppendixView): Node[] {
  const g = LAYOUT.appendix;
  const para = (text: string, size: number, italics = false, afterPt = 0): Node => ({
    text,
    fontSize: size,
    bold: !italics || undefined,
    italics: italics || undefined,
    alignment: 'center',
    lineHeight: pdfLine(LAYOUT.lineSpacing, size),
    margin: [0, 0, 0, afterPt],
  });
  return [
    { ...para(a.label, g.labelSize), pageBreak: 'before' },
    ...(a.title ? [para(a.title, g.titleSize)] : []),
    para(a.note, g.noteSize, true, g.afterPt),
  ];
}
