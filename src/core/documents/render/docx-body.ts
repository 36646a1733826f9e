/**
 * The body (allow-listed TipTap JSON) as docx paragraphs and tables: justified 14 pt text with a 1 cm first-line
 * indent, real Word numbering for lists (nested by level), tables with a repeated header row, merged cells and the
 * columns' widths, embedded images, page breaks. Spacing and indents come from LAYOUT, as in the PDF.
 */
import {
  AlignmentType, BorderStyle, ImageRun, LevelFormat, LineRuleType, PageBreak, Paragraph, Table, TableCell, TableLayoutType, TableRow,
  TextRun, VerticalAlignTable, WidthType, type FileChild, type ILevelsOptions, type NumberingDefinition,
} from 'docx';
import type { BlockNode, InlineNode, ListItemNode } from '../../../shared/document-model';
import { BULLETS, closingParagraph, imageData, MAX_LIST_LEVEL, ORDERED_FORMATS, runs, splitWhole, tableGrid } from './body-shared';
import { LAYOUT, mmToTwip, ptToTwip, type PageGeometry } from './layout';

type Align = 'left' | 'center' | 'right' | 'justify' | null | undefined;
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;

/**
 * Paragraph spacing with a proportional line ("multiple" × the font's single line). lineRule must be written:
 * LibreOffice reads a bare w:line as an exact height in twips (288 → 14.4 pt instead of 1.2 lines).
 */
export const spacing = (multiple: number, beforePt = 0, afterPt = 0) => ({ line: Math.round(240 * multiple), lineRule: LineRuleType.AUTO, before: ptToTwip(beforePt), after: ptToTwip(afterPt) });
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
    const indent = { left: mmToTwip(LAYOUT.list.firstMm + (level + 1) * LAYOUT.list.stepMm), hanging: mmToTwip(LAYOUT.list.stepMm) };
    const f = ORDERED_FORMATS[level % 3];
    return kind === 'bullet'
      ? { level, format: LevelFormat.BULLET, text: BULLETS[level % 3], alignment: AlignmentType.LEFT, style: { paragraph: { indent } } }
      : { level, format: f.format === 'decimal' ? LevelFormat.DECIMAL : f.format === 'lowerLetter' ? LevelFormat.LOWER_LETTER : LevelFormat.LOWER_ROMAN, text: `%${level + 1}${f.suffix}`, start, alignment: AlignmentType.LEFT, style: { paragraph: { indent } } };
  });
}

/**
 * Half-points for a run, left out at the body size: the document defaults (docx.ts) carry 14 pt and the body
 * spacing, so most of a long document's runs and paragraphs need no properties of their own (a third less XML).
 */
const sz = (size: number) => (size === LAYOUT.body.size ? undefined : size * 2);

export function textRuns(content: InlineNode[] | undefined, size: number, force: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
  return runs(content).map((r) =>
    r.br
      ? new TextRun({ break: 1, size: sz(size) })
      : new TextRun({ text: r.text, size: sz(size), bold: r.bold || force.bold || undefined, italics: r.italic || force.italics || undefined, underline: r.underline ? {} : undefined }),
  );
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

function paragraph(node: Extract<BlockNode, { type: 'paragraph' | 'heading' }>, ctx: Ctx, numbering?: { reference: string; instance: number; level: number }): Paragraph {
  const align: Align = node.attrs?.textAlign;
  const size = ctx.inCell ? LAYOUT.table.size : node.type === 'heading' ? LAYOUT.headings.size : LAYOUT.body.size;
  const heading = node.type === 'heading' ? node.attrs.level : 0;
  const indented = !ctx.inCell && !numbering && ctx.listLeftTwip === undefined && (!align || align === 'justify' || align === 'left');
  return new Paragraph({
    children: textRuns(node.content, size, { bold: heading > 0, italics: heading === 3 }),
    alignment: ALIGN[align ?? (ctx.inCell ? 'left' : 'justify')],
    spacing: ctx.inCell ? CELL_SPACING : undefined,
    indent: numbering ? undefined : ctx.listLeftTwip !== undefined ? { left: ctx.listLeftTwip } : indented ? { firstLine: mmToTwip(LAYOUT.body.firstLineIndentMm) } : undefined,
    numbering: numbering ? { ...numbering, custom: true } : undefined,
    // pdfmake has no widow/orphan control, so Word must not have it either, or the two break pages differently
    // (LibreOffice turns it on when a document leaves it unset).
    widowControl: false,
    keepNext: heading > 0 || ctx.closing || undefined,
    keepLines: ctx.closing || undefined,
    outlineLevel: heading > 0 ? heading - 1 : undefined,
    run: sz(size) ? { size: sz(size) } : undefined,
  });
}

function list(node: Extract<BlockNode, { type: 'bulletList' | 'orderedList' }>, ctx: Ctx): FileChild[] {
  const kind = node.type === 'bulletList' ? 'bullet' : 'ordered';
  const start = node.type === 'orderedList' ? node.attrs?.start ?? 1 : 1;
  const level = Math.min(ctx.listDepth, MAX_LIST_LEVEL);
  const ref = ctx.numbering.list(kind, start);
  const textLeft = mmToTwip(LAYOUT.list.firstMm + (level + 1) * LAYOUT.list.stepMm);
  return node.content.flatMap((item: ListItemNode) =>
    item.content.flatMap((child, i) => {
      const inner: Ctx = { ...ctx, listDepth: ctx.listDepth + 1, listLeftTwip: textLeft };
      if (i === 0 && (child.type === 'paragraph' || child.type === 'heading')) return [paragraph(child, { ...ctx, listLeftTwip: undefined }, { ...ref, level })];
      // An item that starts with something other than text still gets its number, on an empty line of its own.
      if (i === 0) return [new Paragraph({ numbering: { ...ref, level, custom: true }, spacing: BODY_SPACING, run: { size: LAYOUT.body.size * 2 } }), ...block(child, inner)];
      return block(child, inner);
    }),
  );
}

const CELL_BORDER = { style: BorderStyle.SINGLE, size: LAYOUT.table.borderPt * 8, color: '000000' };

function table(node: Extract<BlockNode, { type: 'table' }>, ctx: Ctx): Table {
  const grid = tableGrid(node);
  const total = (ctx.boxTwip ?? ctx.geom.contentTwip) - (ctx.listLeftTwip ?? 0);
  const cols = splitWhole(total, grid.shares);
  const pad = ptToTwip(LAYOUT.table.padXPt);
  const rows = grid.rows.map((row, r) =>
    new TableRow({
      tableHeader: r < grid.headerRows || undefined,
      // A row never splits across pages (a name or an amount cut in two is what secretaries fix by hand).
      cantSplit: true,
      children: row.map((g) => {
        const width = cols.slice(g.col, g.col + g.colspan).reduce((a, b) => a + b, 0);
        const cellCtx: Ctx = { ...ctx, inCell: true, listLeftTwip: undefined, boxTwip: width - 2 * pad };
        return new TableCell({
          children: g.cell.content.flatMap((b) => (g.header ? headerCell(b, cellCtx) : (block(b, cellCtx) as (Paragraph | Table)[]))),
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
    margins: { top: ptToTwip(LAYOUT.table.padYPt), bottom: ptToTwip(LAYOUT.table.padYPt), left: ptToTwip(LAYOUT.table.padXPt), right: ptToTwip(LAYOUT.table.padXPt) },
    borders: { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER, insideHorizontal: CELL_BORDER, insideVertical: CELL_BORDER },
  });
}

/** Header cells: bold and centred, whatever their marks say. */
function headerCell(b: BlockNode, ctx: Ctx): (Paragraph | Table)[] {
  if (b.type !== 'paragraph' && b.type !== 'heading') return block(b, ctx) as (Paragraph | Table)[];
  return [new Paragraph({ children: textRuns(b.content, LAYOUT.table.size, { bold: true }), alignment: AlignmentType.CENTER, spacing: CELL_SPACING, run: { size: LAYOUT.table.size * 2 } })];
}

function image(node: Extract<BlockNode, { type: 'image' }>, ctx: Ctx): Paragraph[] {
  const img = imageData(node.attrs, (ctx.boxTwip ?? ctx.geom.contentTwip) / 20);
  if (!img) return [];
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: spacing(1, 0, LAYOUT.body.afterPt),
      children: [new ImageRun({ type: img.type, data: img.bytes, transformation: { width: img.widthPx, height: img.heightPx }, altText: node.attrs.alt ? { name: 'image', description: node.attrs.alt, title: node.attrs.alt } : undefined })],
    }),
  ];
}

export function block(node: BlockNode, ctx: Ctx): FileChild[] {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return [paragraph(node, ctx)];
    case 'bulletList':
    case 'orderedList':
      return list(node, ctx);
    case 'table':
      // Word puts no space after a table: a 6 pt spacer paragraph gives the gap every paragraph has (and a table
      // nested in a cell must be followed by a paragraph anyway).
      return [table(node, ctx), new Paragraph({ spacing: { before: 0, after: 0, line: ptToTwip(LAYOUT.body.afterPt), lineRule: LineRuleType.EXACT }, run: { size: 2 } })];
    case 'image':
      return image(node, ctx);
    case 'pageBreak':
      // A 1 pt paragraph holding the break: what is left of it on the next page is too small to shift the text.
      return [new Paragraph({ children: [new PageBreak()], spacing: spacing(1), run: { size: 2 } })];
  }
}

/** A signature never stands alone on a page: the body's last paragraph goes with it (see closingParagraph). */
export function bodyChildren(content: BlockNode[], geom: PageGeometry, numbering: DocxNumbering): FileChild[] {
  const closing = closingParagraph(content);
  return content.flatMap((n) => block(n, { geom, numbering, listDepth: 0, closing: n === closing }));
}
