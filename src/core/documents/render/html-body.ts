/**
 * The body as HTML with inline styles (mail clients drop <style> blocks), mirroring the print layout: justified
 * 14 pt paragraphs with the 1 cm first-line indent, lists with the same hanging markers, tables with their merged
 * cells and column shares. Every text and attribute is escaped; images stay embedded data: URLs.
 *
 * The email mode (bulletins/render-email.ts) reads on a phone, not on paper: paragraphs left-aligned (justified text
 * opens rivers at 375 px), no first-line indent, and each image where the caller says its bytes are (a cid: part).
 */
import type { BlockNode, InlineNode } from '../../../shared/document-model';
import { imageData, listMarker, MAX_LIST_LEVEL, runs, tableGrid } from './body-shared';
import { LAYOUT, SINGLE_LINE_EM, type PageGeometry } from './layout';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ESC[c]);

/** CSS line-height is a multiple of the font size; Word's is a multiple of the font's single line (1.15 em). */
export const cssLine = (multiple: number) => (multiple * SINGLE_LINE_EM).toFixed(3);
export const style = (decls: Record<string, string | number | undefined>) =>
  Object.entries(decls)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}:${v}`)
    .join(';');

export function inlineHtml(
  content: InlineNode[] | undefined,
  force: { bold?: boolean; italic?: boolean } = {},
): string {
  return runs(content)
    .map((r) => {
      if (r.br) return '<br>';
      let h = esc(r.text);
      if (r.underline) h = `<u>${h}</u>`;
      if (r.italic && !force.italic) h = `<i>${h}</i>`;
      if (r.bold && !force.bold) h = `<b>${h}</b>`;
      return h;
    })
    .join('');
}

export interface HtmlBodyOptions {
  /** 'print' (default) mirrors the printed page; 'email' is left-aligned with no first-line indent. */
  mode?: 'print' | 'email';
  /** The image's src attribute; by default its data: URL. */
  imageSrc?: (dataUrl: string) => string;
}

interface Ctx {
  geom: PageGeometry;
  opts: HtmlBodyOptions;
  inCell?: boolean;
  inList?: boolean;
  listDepth: number;
}

/**
 * A line height. Outlook desktop (Word's engine) misreads unitless multiples and lets a tall glyph push a line
 * apart: the email gives points with mso-line-height-rule:exactly.
 */
const lines = (ctx: Ctx, sizePt: number, multiple: number) =>
  ctx.opts.mode === 'email'
    ? { 'line-height': `${(sizePt * multiple * SINGLE_LINE_EM).toFixed(1)}pt`, 'mso-line-height-rule': 'exactly' }
    : { 'line-height': cssLine(multiple) };

const body = (ctx: Ctx) => ({
  'font-size': `${LAYOUT.body.size}pt`,
  ...lines(ctx, LAYOUT.body.size, LAYOUT.lineSpacing),
  margin: `0 0 ${LAYOUT.body.afterPt}pt 0`,
});

function paragraph(node: Extract<BlockNode, { type: 'paragraph' | 'heading' }>, ctx: Ctx, marker?: string): string {
  const email = ctx.opts.mode === 'email';
  const asked = node.attrs?.textAlign ?? (ctx.inCell ? 'left' : 'justify');
  const align = email && asked === 'justify' ? 'left' : asked;
  const heading = node.type === 'heading' ? node.attrs.level : 0;
  const indented = !email && !ctx.inCell && !ctx.inList && (align === 'justify' || align === 'left');
  const step = `${LAYOUT.list.stepMm}mm`;
  const css = style({
    ...(ctx.inCell
      ? {
          'font-size': `${LAYOUT.table.size}pt`,
          ...lines(ctx, LAYOUT.table.size, LAYOUT.compactLineSpacing),
          margin: '0',
        }
      : body(ctx)),
    'text-align': align,
    'text-indent': marker ? `-${step}` : indented ? `${LAYOUT.body.firstLineIndentMm}mm` : '0',
    'font-weight': heading ? 'bold' : undefined,
    'font-style': heading === 3 ? 'italic' : undefined,
  });
  const lead = marker ? `<span style="display:inline-block;width:${step};text-indent:0">${esc(marker)}</span>` : '';
  const inner = lead + (inlineHtml(node.content, { bold: heading > 0, italic: heading === 3 }) || '<br>');
  // Body headings sit below the document title (<h1>): level 1 → <h2>.
  const tag = heading ? `h${heading + 1}` : 'p';
  return `<${tag} style="${css}">${inner}</${tag}>`;
}

function list(node: Extract<BlockNode, { type: 'bulletList' | 'orderedList' }>, ctx: Ctx): string {
  const kind = node.type === 'bulletList' ? 'bullet' : 'ordered';
  const start = node.type === 'orderedList' ? (node.attrs?.start ?? 1) : 1;
  const level = Math.min(ctx.listDepth, MAX_LIST_LEVEL);
  // Top-level lists start at 10 mm; nested ones at their parent's text, which is where their <li> box already is.
  const css = style({
    'list-style': 'none',
    margin: `0 0 0 ${ctx.listDepth === 0 ? LAYOUT.list.firstMm : 0}mm`,
    padding: '0',
  });
  const inner: Ctx = { ...ctx, inList: true, listDepth: ctx.listDepth + 1 };
  const items = node.content.map((item, n) => {
    const marker = listMarker(kind, level, start + n);
    const [first, ...rest] = item.content;
    const head =
      first.type === 'paragraph' || first.type === 'heading'
        ? paragraph(first, inner, marker)
        : `<p style="${style(body(inner))}">${esc(marker)}</p>${block(first, inner)}`;
    return `<li style="padding-left:${LAYOUT.list.stepMm}mm">${head}${rest.map((b) => block(b, inner)).join('')}</li>`;
  });
  const tag = kind === 'bullet' ? 'ul' : 'ol';
  return `<${tag}${kind === 'ordered' && start !== 1 ? ` start="${start}"` : ''} style="${css}">${items.join('')}</${tag}>`;
}

function table(node: Extract<BlockNode, { type: 'table' }>, ctx: Ctx): string {
  const t = LAYOUT.table;
  const grid = tableGrid(node);
  const cellCtx: Ctx = { ...ctx, inCell: true, inList: false };
  const border = `${t.borderPt}pt solid #000`;
  const rows = grid.rows.map(
    (row) =>
      `<tr>${row
        .map((g) => {
          const tag = g.header ? 'th' : 'td';
          const span = `${g.colspan > 1 ? ` colspan="${g.colspan}"` : ''}${g.rowspan > 1 ? ` rowspan="${g.rowspan}"` : ''}`;
          const css = style({
            border,
            padding: `${t.padYPt}pt ${t.padXPt}pt`,
            'vertical-align': g.header ? 'middle' : 'top',
            'text-align': g.header ? 'center' : 'left',
            'font-weight': g.header ? 'bold' : 'normal',
          });
          const content = g.cell.content
            .map((b) =>
              g.header && (b.type === 'paragraph' || b.type === 'heading')
                ? paragraph({ ...b, attrs: { ...b.attrs, textAlign: 'center' } } as typeof b, cellCtx)
                : block(b, cellCtx),
            )
            .join('');
          return `<${tag}${span} style="${css}">${content}</${tag}>`;
        })
        .join('')}</tr>`,
  );
  const cols = grid.shares.map((s) => `<col style="width:${(s * 100).toFixed(2)}%">`).join('');
  const head = grid.headerRows ? `<thead>${rows.slice(0, grid.headerRows).join('')}</thead>` : '';
  return `<table style="${style({ width: '100%', 'border-collapse': 'collapse', 'table-layout': 'fixed', margin: `0 0 ${LAYOUT.body.afterPt}pt 0`, 'font-size': `${t.size}pt` })}"><colgroup>${cols}</colgroup>${head}<tbody>${rows.slice(grid.headerRows).join('')}</tbody></table>`;
}

function image(node: Extract<BlockNode, { type: 'image' }>, ctx: Ctx): string {
  const img = imageData(node.attrs, ctx.geom.contentPt);
  if (!img) return '';
  const src = ctx.opts.imageSrc ? ctx.opts.imageSrc(img.dataUrl) : img.dataUrl;
  // A mail reader that blocks images shows the alt text in its place: never leave it empty there.
  const alt = node.attrs.alt || (ctx.opts.mode === 'email' ? 'Hình ảnh' : '');
  const tag = `<img src="${esc(src)}" alt="${esc(alt)}" width="${img.widthPx}" height="${img.heightPx}" style="max-width:100%;height:auto`;
  if (ctx.opts.mode !== 'email')
    return `<p style="${style({ ...body(ctx), 'text-align': 'center', 'text-indent': '0' })}">${tag}"></p>`;
  // Outlook sizes the image by its attributes (it ignores max-width; the others scale it to a phone's width) and
  // would crop it to an exact line height: its box sets none.
  return `<div style="text-align:center;margin:0 0 ${LAYOUT.body.afterPt}pt 0">${tag};border:0;display:inline-block"></div>`;
}

export function block(node: BlockNode, ctx: Ctx): string {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return paragraph(node, ctx);
    case 'bulletList':
    case 'orderedList':
      return list(node, ctx);
    case 'table':
      return table(node, ctx);
    case 'image':
      return image(node, ctx);
    case 'pageBreak':
      return '<div style="break-after:page;page-break-after:always"></div>';
  }
}

export function htmlBody(content: BlockNode[], geom: PageGeometry, opts: HtmlBodyOptions = {}): string {
  return content.map((n) => block(n, { geom, opts, listDepth: 0 })).join('\n');
}
