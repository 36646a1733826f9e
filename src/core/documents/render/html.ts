/**
 * DocumentModel → HTML for the preview and for e-mail: the same masthead, title, body and signature structure as the
 * printed document, with inline styles only, no scripts and no external URLs (images are embedded data: URLs).
 * `toHtmlFragment` is the page itself (one <div>), for embedding; `toHtml` wraps it in a standalone document.
 */
import type { DocumentModel } from '../../../shared/document-model';
import { cssLine, esc, htmlBody, style } from './html-body';
import { LAYOUT, mmToPt, pageGeometry, signerShares, type PageGeometry, type RenderOptions } from './layout';
import { mastheadCells, type LineOpts, type MastheadItem } from './masthead-lines';
import { docView, RECIPIENTS_LABEL, type DocView, type SignerView } from './view';

const FONT_STACK = `'${LAYOUT.fonts.word}', ${LAYOUT.fonts.pdf}, 'Liberation Serif', serif`;
const PAD = `0 ${LAYOUT.layoutTablePadXPt}pt`;

const line = (text: string, o: LineOpts) =>
  `<div style="${style({
    'font-size': `${o.size}pt`,
    'font-weight': o.bold ? 'bold' : 'normal',
    'font-style': o.italics ? 'italic' : undefined,
    'text-align': o.align ?? 'center',
    'line-height': cssLine(LAYOUT.compactLineSpacing),
    margin: `${o.beforePt ?? 0}pt 0 ${o.afterPt ?? 0}pt 0`,
  })}">${esc(text)}</div>`;

const rule = (pt: number) =>
  `<div style="width:${pt}pt;margin:${LAYOUT.masthead.ruleLinePt}pt auto 0;border-top:${LAYOUT.masthead.ruleWidthPt}pt solid #000"></div>`;

/** A cell is its HTML, or [HTML, how many columns it spans]. */
type LayoutCell = string | [string, number];
const td = (c: LayoutCell) => {
  const [html, span] = typeof c === 'string' ? [c, 1] : c;
  return `<td${span > 1 ? ` colspan="${span}"` : ''} style="vertical-align:top;padding:${PAD}">${html}</td>`;
};
const layoutTable = (shares: readonly number[], rows: LayoutCell[][]) =>
  `<table role="presentation" style="width:100%;border-collapse:collapse;table-layout:fixed"><colgroup>${shares.map((s) => `<col style="width:${(s * 100).toFixed(2)}%">`).join('')}</colgroup>${rows
    .map((r) => `<tr>${r.map(td).join('')}</tr>`)
    .join('')}</table>`;

function masthead(v: DocView, contentPt: number): string {
  const share = LAYOUT.masthead.leftShare;
  const c = mastheadCells(v, contentPt);
  const draw = (items: MastheadItem[]) =>
    items.map((it) => ('rulePt' in it ? rule(it.rulePt) : line(it.text, it))).join('');
  return layoutTable(
    [share, 1 - share],
    [
      [draw(c.left), draw(c.right)],
      [draw(c.number), draw(c.date)],
    ],
  );
}

function title(v: DocView): string {
  if (v.isLetter) return '';
  const t = LAYOUT.title;
  const css = (size: number, before: number, after: number) =>
    style({
      'font-size': `${size}pt`,
      'font-weight': 'bold',
      'text-align': 'center',
      'line-height': cssLine(LAYOUT.lineSpacing),
      margin: `${before}pt 0 ${after}pt 0`,
    });
  return v.summary
    ? `<h1 style="${css(t.size, t.beforePt, 0)}">${esc(v.title)}</h1><p style="${css(t.summarySize, 0, t.afterPt)}">${esc(v.summary)}</p>`
    : `<h1 style="${css(t.size, t.beforePt, t.afterPt)}">${esc(v.title)}</h1>`;
}

function signature(s: SignerView): string {
  const g = LAYOUT.signature;
  return (
    s.heading
      .map((text, i) => line(text || '\u00a0', { size: g.size, bold: true, beforePt: i === 0 ? g.beforePt : 0 }))
      .join('') + line(s.name, { size: g.size, bold: true, beforePt: Math.round(mmToPt(g.signSpaceMm) * 100) / 100 })
  );
}

function recipients(v: DocView): string {
  const r = LAYOUT.recipients;
  return (
    line(RECIPIENTS_LABEL, {
      size: r.labelSize,
      bold: true,
      italics: true,
      align: 'left',
      beforePt: LAYOUT.signature.beforePt,
    }) + v.recipients.map((i) => line(i, { size: r.itemSize, align: 'left' })).join('')
  );
}

function signatures(v: DocView): string {
  if (v.signers.length === 1) {
    const share = LAYOUT.signature.recipientsShare;
    return layoutTable([share, 1 - share], [[recipients(v), signature(v.signers[0])]]);
  }
  // Two or three signers side by side (the chair last); Nơi nhận under all but the last, as in the .docx and PDF.
  const shares = signerShares(v.signers.length);
  return layoutTable(shares, [v.signers.map(signature), [[recipients(v), shares.length - 1], '']]);
}

/**
 * Each phụ lục from a new printed page; on screen a dashed rule stands for the page edge (the print rules in
 * toHtml take it away on paper).
 */
function appendices(v: DocView, geom: PageGeometry): string {
  const g = LAYOUT.appendix;
  const css = (size: number, after: number, italic = false) =>
    style({
      'font-size': `${size}pt`,
      'font-weight': italic ? 'normal' : 'bold',
      'font-style': italic ? 'italic' : undefined,
      'text-align': 'center',
      'line-height': cssLine(LAYOUT.lineSpacing),
      margin: `0 0 ${after}pt 0`,
    });
  return v.appendices
    .map(
      (a) =>
        `<section class="ud-appendix" style="break-before:page;page-break-before:always;border-top:1px dashed #999;margin-top:${LAYOUT.signature.beforePt * 2}pt;padding-top:${LAYOUT.title.beforePt}pt">` +
        `<h1 style="${css(g.labelSize, 0)}">${esc(a.label)}</h1>` +
        (a.title ? `<p style="${css(g.titleSize, 0)}">${esc(a.title)}</p>` : '') +
        `<p style="${css(g.noteSize, g.afterPt, true)}">${esc(a.note)}</p>\n${htmlBody(a.body.content, geom)}</section>`,
    )
    .join('\n');
}

/** The document page as one self-contained <div> (inline styles), for the app's preview pane or a mail body. */
export function toHtmlFragment(model: DocumentModel, opts: RenderOptions = {}): string {
  return fragment(docView(model), opts);
}

function fragment(v: DocView, opts: RenderOptions): string {
  const geom = pageGeometry(opts);
  const m = geom.margins;
  const page = style({
    'box-sizing': 'border-box',
    width: `${LAYOUT.page.widthMm}mm`,
    'max-width': '100%',
    margin: '0 auto',
    padding: `${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm`,
    background: '#fff',
    color: '#000',
    'font-family': FONT_STACK,
    'font-size': `${LAYOUT.body.size}pt`,
    'line-height': cssLine(LAYOUT.lineSpacing),
  });
  const extra = v.appendices.length ? `${appendices(v, geom)}\n` : '';
  return `<div class="ud-doc" lang="vi" style="${page}">\n${masthead(v, geom.contentPt)}\n${title(v)}\n${htmlBody(v.body.content, geom)}\n${signatures(v)}\n${extra}</div>`;
}

const PRINT_APPENDIX = '.ud-appendix{border-top:0!important;margin-top:0!important;padding-top:0!important}';

/** A standalone page: the fragment plus print rules (A4, the document's margins on every printed page). */
export function toHtml(model: DocumentModel, opts: RenderOptions = {}): string {
  const v = docView(model);
  const m = pageGeometry(opts).margins;
  const name = v.isLetter ? `${v.numberLine} ${v.letterSummary}` : `${v.title} ${v.summary}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="vi">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(name.trim())}</title>`,
    // Printing: the page box carries the margins, so the padding that draws them on screen is dropped (and so is
    // the on-screen page edge above an appendix, which starts a real page there).
    `<style>@page{size:A4;margin:${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm}body{margin:0;background:#eee}@media print{body{background:#fff}.ud-doc{padding:0!important;width:auto!important}${v.appendices.length ? PRINT_APPENDIX : ''}}</style>`,
    '</head>',
    '<body>',
    fragment(v, opts),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
