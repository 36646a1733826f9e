/**
 * The body as pdfmake content, laid out as docx-body.ts lays it out for Word: the same sizes, indents, spacing and
 * table geometry from LAYOUT, so both give the same lines per page. Blocks are emitted flat (lists and their nested
 * blocks carry absolute left margins), as Word paragraphs are.
 */
import type { BlockNode, InlineNode } from '../../../shared/document-model';
import { imageData, listMarker, MAX_LIST_LEVEL, runs, tableGrid } from './body-shared';
import { LAYOUT, mmToPt, pdfLine, type PageGeometry } from './layout';

type Node = Record<string, unknown>;

export function pdfRuns(content: InlineNode[] | undefined, force: { bold?: boolean; italics?: boolean } = {}): Node[] {
  return runs(content).map((r) =>
    r.br
      ? { text: '\n' }
      : {
          text: r.text,
          bold: r.bold || force.bold || undefined,
          italics: r.italic || force.italics || undefined,
          decoration: r.underline ? 'underline' : undefined,
        },
  );
}

interface Ctx {
  geom: PageGeometry;
  inCell?: boolean;
  /** Left edge (pt from the text margin) of blocks nested in a list item. */
  leftPt?: number;
  /** Width of the box the blocks sit in: the text width, or a table cell's inner width. */
  boxPt?: number;
  listDepth: number;
}

function paragraph(node: Extract<BlockNode, { type: 'paragraph' | 'heading' }>, ctx: Ctx, inList = false): Node {
  const align = node.attrs?.textAlign;
  const heading = node.type === 'heading' ? node.attrs.level : 0;
  const size = ctx.inCell ? LAYOUT.table.size : heading ? LAYOUT.headings.size : LAYOUT.body.size;
  const indented =
    !ctx.inCell && !inList && ctx.leftPt === undefined && (!align || align === 'justify' || align === 'left');
  const content = pdfRuns(node.content, { bold: heading > 0, italics: heading === 3 });
  return {
    // An empty paragraph still takes a line, as in Word.
    text: content.length ? content : ' ',
    fontSize: size,
    alignment: align ?? (ctx.inCell ? 'left' : 'justify'),
    lineHeight: pdfLine(ctx.inCell ? LAYOUT.compactLineSpacing : LAYOUT.lineSpacing, size),
    leadingIndent: indented ? mmToPt(LAYOUT.body.firstLineIndentMm) : undefined,
    margin: [inList ? 0 : (ctx.leftPt ?? 0), 0, 0, ctx.inCell ? 0 : LAYOUT.body.afterPt],
    headlineLevel: heading || undefined,
  };
}

function list(node: Extract<BlockNode, { type: 'bulletList' | 'orderedList' }>, ctx: Ctx): Node[] {
  const kind = node.type === 'bulletList' ? 'bullet' : 'ordered';
  const start = node.type === 'orderedList' ? (node.attrs?.start ?? 1) : 1;
  const level = Math.min(ctx.listDepth, MAX_LIST_LEVEL);
  const step = mmToPt(LAYOUT.list.stepMm);
  const markerLeft = mmToPt(LAYOUT.list.firstMm) + level * step;
  const inner: Ctx = { ...ctx, listDepth: ctx.listDepth + 1, leftPt: markerLeft + step };
  return node.content.flatMap((item, n) => {
    const marker = listMarker(kind, level, start + n);
    const first = item.content[0];
    const head =
      first.type === 'paragraph' || first.type === 'heading'
        ? paragraph(first, { ...ctx, leftPt: undefined }, true)
        : {
            text: ' ',
            margin: [0, 0, 0, LAYOUT.body.afterPt],
            lineHeight: pdfLine(LAYOUT.lineSpacing, LAYOUT.body.size),
          };
    const row = {
      columns: [
        {
          width: step,
          text: marker,
          fontSize: LAYOUT.body.size,
          lineHeight: pdfLine(LAYOUT.lineSpacing, LAYOUT.body.size),
          noWrap: true,
        },
        { width: '*', stack: [head] },
      ],
      columnGap: 0,
      margin: [markerLeft, 0, 0, 0],
    };
    const rest = first.type === 'paragraph' || first.type === 'heading' ? item.content.slice(1) : item.content;
    return [row, ...rest.flatMap((b) => block(b, inner))];
  });
}

function table(node: Extract<BlockNode, { type: 'table' }>, ctx: Ctx): Node[] {
  const t = LAYOUT.table;
  const grid = tableGrid(node);
  const left = ctx.leftPt ?? 0;
  const total = (ctx.boxPt ?? ctx.geom.contentPt) - left;
  // pdfmake widths exclude the padding; Word's cell widths include it (its rules take no width of the text).
  const widths = grid.shares.map((s) => s * total - 2 * t.padXPt);
  const body = grid.rows.map((row) => {
    const cells: Node[] = Array.from({ length: grid.columns }, () => ({}));
    for (const g of row) {
      const inner = grid.shares.slice(g.col, g.col + g.colspan).reduce((a, b) => a + b, 0) * total;
      const cellCtx: Ctx = { ...ctx, inCell: true, leftPt: undefined, boxPt: inner - 2 * t.padXPt };
      const stack = g.cell.content.flatMap((b) =>
        g.header && (b.type === 'paragraph' || b.type === 'heading')
          ? [{ ...paragraph(b, cellCtx), text: pdfRuns(b.content, { bold: true }), alignment: 'center' }]
          : block(b, cellCtx),
      );
      // Header cells are centred vertically, as in Word, except row-spanning ones: pdfmake 0.3.11 misplaces those
      // in a table with dontBreakRows (the text lands near the bottom, or below it), so they stay at the top.
      cells[g.col] = {
        stack,
        verticalAlignment: g.header && g.rowspan === 1 ? 'middle' : undefined,
        colSpan: g.colspan > 1 ? g.colspan : undefined,
        rowSpan: g.rowspan > 1 ? g.rowspan : undefined,
      };
    }
    return cells;
  });
  return [
    {
      // keepWithHeaderRows: a repeated header never ends a page alone (Word and LibreOffice move it too);
      // dontBreakRows: Word's cantSplit (docx-body.ts).
      table: {
        headerRows: grid.headerRows || undefined,
        keepWithHeaderRows: grid.headerRows ? 1 : undefined,
        dontBreakRows: true,
        widths,
        body,
      },
      layout: {
        hLineWidth: () => t.borderPt,
        vLineWidth: () => t.borderPt,
        paddingLeft: () => t.padXPt,
        paddingRight: () => t.padXPt,
        paddingTop: () => t.padYPt,
        paddingBottom: () => t.padYPt,
      },
      fontSize: t.size,
      // The space below is what Word gets from docx-body's spacer paragraph after a table.
      margin: [left, 0, 0, LAYOUT.body.afterPt],
    },
  ];
}

function image(node: Extract<BlockNode, { type: 'image' }>, ctx: Ctx): Node[] {
  const img = imageData(node.attrs, ctx.boxPt ?? ctx.geom.contentPt);
  if (!img) return [];
  return [
    {
      image: img.dataUrl,
      width: (img.widthPx * 72) / 96,
      height: (img.heightPx * 72) / 96,
      alignment: 'center',
      margin: [0, 0, 0, LAYOUT.body.afterPt],
    },
  ];
}

export function block(node: BlockNode, ctx: Ctx): Node[] {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return [paragraph(node, ctx)];
    case 'bulletList':
    case 'orderedList':
      return list(node, ctx);
    case 'table':
      return table(node, ctx);
    case 'image':
      return image(node, ctx);
    case 'pageBreak':
      return [{ text: '', pageBreak: 'after' }];
  }
}

export function pdfBody(content: BlockNode[], geom: PageGeometry): Node[] {
  return content.flatMap((n) => block(n, { geom, listDepth: 0 }));
}
