/**
 * The body (allow-listed TipTap JSON) as docx paragraphs and tables: justified 14 pt text with a 1 cm first-line
 * indent, real Word numbering for lists (nested by level), tables with a repeated header row, merged cells and the
 * columns' widths, embedded images, page breaks. Spacing and indents come from LAYOUT, as in the PDF.
 */
import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  LevelFormat,
  LineRuleType,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type FileChild,
  type ILevelsOptions,
  type NumberingDefinition,
} from 'docx';
import type { BlockNode, InlineNode, ListItemNode } from '../../../shared/document-model';
import {
  BULLETS,
  closingParagraph,
  imageData,
  MAX_LIST_LEVEL,
  ORDERED_FORMATS,
  runs,
  splitWhole,
  tableGrid,
} from './body-shared';
import { LAYOUT, mmToTwip, ptToTwip, type PageGeometry } from './layout';

type Align = 'left' | 'center' | 'right' | 'justify' | null | undefined;
const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

/**
 * Paragraph spacing with a proportional line ("multiple" × the font's single line). lineRule must be written:
 * LibreOffice reads a bare w:line as an exact height in twips (288 → 14.4 pt instead of 1.2 lines).
 */
export const spacing = (multiple: number, beforePt = 0, afterPt = 0) => ({
  line: Math.round(240 * multiple),
  lineRule: LineRuleType.AUTO,
  before: ptToTwip(beforePt),
  after: ptToTwip(afterPt),
});
const BODY_SPACING = spacing(LAYOUT.lineSpacing, 0, LAYOUT.body.afterPt);
const CELL_SPACING = spacing(LAYOUT.compactLineSpacing);

/** Word numbering for the lists of one document: one definition per kind and start number, one instance per list. */
export class DocxNumbering {
  private defs = new Map<string, NumberingDefinition>();
  private next = 1;

  /** A reference and a fresh instance for one list (so each list counts from its own start). */
  list(kind: 'ordered' | 'bullet', start = 1): { reference: string; instance: number } {
    const reference = kind === 'bullet' ? 'ud-bullet' : `ud-ordered-${start}`;
    if (!this.defs.has(reference)) this.defs.set(reference, { reference, levels: levels(kind, start) });
    return { reference, instance: this.next++ };
  }

  config(): NumberingDefinition[] {
    return [...this.defs.values()];
  }
}

function levels(kind: 'ordered' | 'bullet', start: number): ILevelsOptions[] {
  return Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, level) => {
    const indent = {
      left: mmToTwip(LAYOUT.list.firstMm + (level + 1) * LAYOUT.list.stepMm),
      hanging: mmToTwip(LAYOUT.list.stepMm),
    };
    const f = ORDERED_FORMATS[level % 3];
    return kind === 'bullet'
      ? {
          level,
          format: LevelFormat.BULLET,
          text: BULLETS[level % 3],
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent } },
        }
      : {
          level,
          format:
            f.format === 'decimal'
              ? LevelFormat.DECIMAL
              : f.format === 'lowerLetter'
                ? LevelFormat.LOWER_LETTER
                : LevelFormat.LOWER_ROMAN,
          text: `%${level + 1}${f.suffix}`,
          start,
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent } },
        };
  });
}

/**
 * Half-points for a run, left out at the body size: the document defaults (docx.ts) carry 14 pt and the body
 * spacing, so most of a long document's runs and paragraphs need no properties of their own (a third less XML).
 */
const sz = (size: number) => (size === LAYOUT.body.size ? undefined : size * 2);

/**
 * The option objects every paragraph of a kind shares. docx copies what it needs out of them, so one object per kind
 * is built once instead of once per paragraph (a 20-page document has ~500 paragraphs; building the docx tree is
 * what our render adds to the library's own packing, so its per-paragraph garbage counts).
 */
const FIRST_LINE = { firstLine: mmToTwip(LAYOUT.body.firstLineIndentMm) };
const MARK_SIZE = new Map<number, { size: number }>();
const markRun = (size: number) => {
  const s = sz(size);
  if (s === undefined) return undefined;
  let r = MARK_SIZE.get(s);
  if (!r) MARK_SIZE.set(s, (r = { size: s }));
  return r;
};
const NO_FORCE: { bold?: boolean; italics?: boolean } = {};
const BOLD = { bold: true };
const BOLD_ITALIC = { bold: true, italics: true };

export function textRuns(content: InlineNode[] | undefined, size: number, force = NO_FORCE): TextRun[] {
  const half = sz(size);
  const out: TextRun[] = [];
  for (const r of runs(content)) {
    out.push(
      r.br
        ? new TextRun({ break: 1, size: half })
        : new TextRun({
            text: r.text,
            size: half,
            bold: r.bold || force.bold || undefined,
            italics: r.italic || force.italics || undefined,
            underline: r.underline ? {} : undefined,
          }),
    );
  }
  return out;
}

interface Ctx {
  geom: PageGeometry;
  numbering: DocxNumbering;
  /** Inside a table cell: 13 pt, single spacing, no first-line indent. */
  inCell?: boolean;
  /** Inside a list item below its first paragraph: aligned with the item's text. */
  listLeftTwip?: number;
  /** Width of the box the blocks sit in: the text width, or a table cell's inner width. */
  boxTwip?: number;
  listDepth: number;
  /** The body's closing paragraph: kept whole and on the page of the signature that follows it. */
  closing?: boolean;
}

type ListRef = { reference: string; instance: number; level: number; custom: true };

function paragraph(
  node: Extract<BlockNode, { type: 'paragraph' | 'heading' }>,
  ctx: Ctx,
  numbering?: ListRef,
): Paragraph {
  const align: Align = node.attrs?.textAlign;
  const size = ctx.inCell ? LAYOUT.table.size : node.type === 'heading' ? LAYOUT.headings.size : LAYOUT.body.size;
  const heading = node.type === 'heading' ? node.attrs.level : 0;
  const indented =
    !ctx.inCell && !numbering && ctx.listLeftTwip === undefined && (!align || align === 'justify' || align === 'left');
  return new Paragraph({
    children: textRuns(node.content, size, heading > 0 ? (heading === 3 ? BOLD_ITALIC : BOLD) : NO_FORCE),
    alignment: ALIGN[align ?? (ctx.inCell ? 'left' : 'justify')],
    spacing: ctx.inCell ? CELL_SPACING : undefined,
    indent: numbering
      ? undefined
      : ctx.listLeftTwip !== undefined
        ? { left: ctx.listLeftTwip }
        : indented
          ? FIRST_LINE
          : undefined,
    numbering,
    // pdfmake has no widow/orphan control, so Word must not have it either, or the two break pages differently
    // (LibreOffice turns it on when a document leaves it unset).
    widowControl: false,
    keepNext: heading > 0 || ctx.closing || undefined,
    keepLines: ctx.closing || undefined,
    outlineLevel: heading > 0 ? heading - 1 : undefined,
    run: markRun(size),
  });
}

function list(node: Extract<BlockNode, { type: 'bulletList' | 'orderedList' }>, ctx: Ctx, out: FileChild[]): void {
  const kind = node.type === 'bulletList' ? 'bullet' : 'ordered';
  const start = node.type === 'orderedList' ? (node.attrs?.start ?? 1) : 1;
  const level = Math.min(ctx.listDepth, MAX_LIST_LEVEL);
  const ref = ctx.numbering.list(kind, start);
  const numbering: ListRef = { ...ref, level, custom: true };
  const inner: Ctx = {
    ...ctx,
    listDepth: ctx.listDepth + 1,
    listLeftTwip: mmToTwip(LAYOUT.list.firstMm + (level + 1) * LAYOUT.list.stepMm),
  };
  const head: Ctx = { ...ctx, listLeftTwip: undefined };
  for (const item of node.content as ListItemNode[]) {
    item.content.forEach((child, i) => {
      if (i === 0 && (child.type === 'paragraph' || child.type === 'heading'))
        out.push(paragraph(child, head, numbering));
      else {
        // An item that starts with something other than text still gets its number, on an empty line of its own.
        if (i === 0) out.push(new Paragraph({ numbering, spacing: BODY_SPACING, run: { size: LAYOUT.body.size * 2 } }));
        block(child, inner, out);
      }
    });
  }
}

const CELL_BORDER = { style: BorderStyle.SINGLE, size: LAYOUT.table.borderPt * 8, color: '000000' };
const CELL_BORDERS = {
  top: CELL_BORDER,
  bottom: CELL_BORDER,
  left: CELL_BORDER,
  right: CELL_BORDER,
  insideHorizontal: CELL_BORDER,
  insideVertical: CELL_BORDER,
};
const CELL_MARGINS = {
  top: ptToTwip(LAYOUT.table.padYPt),
  bottom: ptToTwip(LAYOUT.table.padYPt),
  left: ptToTwip(LAYOUT.table.padXPt),
  right: ptToTwip(LAYOUT.table.padXPt),
};

function table(node: Extract<BlockNode, { type: 'table' }>, ctx: Ctx): Table {
  const grid = tableGrid(node);
  const total = (ctx.boxTwip ?? ctx.geom.contentTwip) - (ctx.listLeftTwip ?? 0);
  const cols = splitWhole(total, grid.shares);
  const pad = ptToTwip(LAYOUT.table.padXPt);
  const rows = grid.rows.map(
    (row, r) =>
      new TableRow({
        tableHeader: r < grid.headerRows || undefined,
        // A row never splits across pages (a name or an amount cut in two is what secretaries fix by hand).
        cantSplit: true,
        children: row.map((g) => {
          let width = 0;
          for (let c = g.col; c < g.col + g.colspan; c++) width += cols[c];
          const cellCtx: Ctx = { ...ctx, inCell: true, listLeftTwip: undefined, boxTwip: width - 2 * pad };
          const children: FileChild[] = [];
          for (const b of g.cell.content) {
            if (g.header && (b.type === 'paragraph' || b.type === 'heading')) children.push(headerParagraph(b));
            else block(b, cellCtx, children);
          }
          return new TableCell({
            children: children as (Paragraph | Table)[],
            width: { size: width, type: WidthType.DXA },
            verticalAlign: g.header ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
            columnSpan: g.colspan > 1 ? g.colspan : undefined,
            // docx adds the covered cells below (w:vMerge continue) itself.
            rowSpan: g.rowspan > 1 ? g.rowspan : undefined,
          });
        }),
      }),
  );
  return new Table({
    rows,
    width: { size: total, type: WidthType.DXA },
    columnWidths: cols,
    layout: TableLayoutType.FIXED,
    indent: ctx.listLeftTwip !== undefined ? { size: ctx.listLeftTwip, type: WidthType.DXA } : undefined,
    margins: CELL_MARGINS,
    borders: CELL_BORDERS,
  });
}

/** Header cells: bold and centred, whatever their marks say. */
function headerParagraph(b: Extract<BlockNode, { type: 'paragraph' | 'heading' }>): Paragraph {
  return new Paragraph({
    children: textRuns(b.content, LAYOUT.table.size, BOLD),
    alignment: AlignmentType.CENTER,
    spacing: CELL_SPACING,
    run: markRun(LAYOUT.table.size),
  });
}

function image(node: Extract<BlockNode, { type: 'image' }>, ctx: Ctx): Paragraph | null {
  const img = imageData(node.attrs, (ctx.boxTwip ?? ctx.geom.contentTwip) / 20);
  if (!img) return null;
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: spacing(1, 0, LAYOUT.body.afterPt),
    children: [
      new ImageRun({
        type: img.type,
        data: img.bytes,
        transformation: { width: img.widthPx, height: img.heightPx },
        altText: node.attrs.alt ? { name: 'image', description: node.attrs.alt, title: node.attrs.alt } : undefined,
      }),
    ],
  });
}

const AFTER_TABLE_SPACING = { before: 0, after: 0, line: ptToTwip(LAYOUT.body.afterPt), lineRule: LineRuleType.EXACT };
const TINY_MARK = { size: 2 };
const BREAK_SPACING = spacing(1);

/** Appends the docx blocks of one body node to `out` (one array for the whole body, not one per node). */
export function block(node: BlockNode, ctx: Ctx, out: FileChild[]): void {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      out.push(paragraph(node, ctx));
      return;
    case 'bulletList':
    case 'orderedList':
      list(node, ctx, out);
      return;
    case 'table':
      // Word puts no space after a table: a 6 pt spacer paragraph gives the gap every paragraph has (and a table
      // nested in a cell must be followed by a paragraph anyway).
      out.push(table(node, ctx), new Paragraph({ spacing: AFTER_TABLE_SPACING, run: TINY_MARK }));
      return;
    case 'image': {
      const img = image(node, ctx);
      if (img) out.push(img);
      return;
    }
    case 'pageBreak':
      // A 1 pt paragraph holding the break: what is left of it on the next page is too small to shift the text.
      out.push(new Paragraph({ children: [new PageBreak()], spacing: BREAK_SPACING, run: TINY_MARK }));
  }
}

/**
 * A signature never stands alone on a page: the body's last paragraph goes with it (see closingParagraph). An
 * appendix's body has no signature after it (`signed` false).
 */
export function bodyChildren(
  content: BlockNode[],
  geom: PageGeometry,
  numbering: DocxNumbering,
  signed = true,
): FileChild[] {
  const closing = signed ? closingParagraph(content) : undefined;
  // Every key present from the start: the spreads below then all give objects of one shape (monomorphic reads).
  const ctx: Ctx = {
    geom,
    numbering,
    inCell: false,
    listLeftTwip: undefined,
    boxTwip: undefined,
    listDepth: 0,
    closing: false,
  };
  const out: FileChild[] = [];
  for (const n of content) block(n, n === closing ? { ...ctx, closing: true } : ctx, out);
  return out;
}
