/**
 * Editor JSON → the allow-listed body the core accepts (`docBody` in shared/document-model.ts, strict zod).
 * TipTap adds attributes the model does not know (image `title`, cell `align`, list `type`), and pasted content can
 * bring nodes and marks we do not print (links, strike, code, quotes). Everything is kept that the model can say;
 * the rest is dropped, and unknown nodes become paragraphs of their text. Text is NFC (some Vietnamese keyboards
 * send combining accents) without control characters. Pure; unit-tested.
 */
import type {
  BlockNode,
  DocBody,
  InlineNode,
  ListItemNode,
  TableCellNode,
  TableRowNode,
} from '../../shared/document-model';

/** The editor's JSON (TipTap `JSONContent`), read defensively: anything may be missing or of the wrong type. */
export interface EditorJson {
  type?: string;
  attrs?: Record<string, unknown>;
  content?: EditorJson[];
  marks?: { type?: string; attrs?: Record<string, unknown> }[];
  text?: string;
  [key: string]: unknown;
}

const MARKS = ['bold', 'italic', 'underline'] as const;
type MarkType = (typeof MARKS)[number];
const ALIGNS = ['left', 'center', 'right', 'justify'] as const;
type Align = (typeof ALIGNS)[number];
const IMAGE_SRC = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/;
const MAX_TEXT = 100_000;
const MAX_ROWS = 2000;
const MAX_CELLS = 50;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

const kids = (n: EditorJson | undefined): EditorJson[] =>
  Array.isArray(n?.content) ? n.content.filter((c): c is EditorJson => !!c && typeof c === 'object') : [];

export function cleanText(s: string): string {
  return s.normalize('NFC').replace(CONTROL, '');
}

function alignOf(attrs: Record<string, unknown> | undefined): Align | null {
  const a = attrs?.textAlign;
  return typeof a === 'string' && (ALIGNS as readonly string[]).includes(a) ? (a as Align) : null;
}

function marksOf(n: EditorJson): { type: MarkType }[] | undefined {
  const seen = new Set<MarkType>();
  for (const m of Array.isArray(n.marks) ? n.marks : []) {
    if (m && typeof m.type === 'string' && (MARKS as readonly string[]).includes(m.type)) seen.add(m.type as MarkType);
  }
  return seen.size ? MARKS.filter((m) => seen.has(m)).map((type) => ({ type })) : undefined;
}

/** The plain text of any node (for unknown nodes and images that cannot be kept). */
export function textOf(n: EditorJson): string {
  if (n.type === 'text') return typeof n.text === 'string' ? n.text : '';
  if (n.type === 'hardBreak') return '\n';
  return kids(n).map(textOf).join('');
}

function textNodes(text: string, marks: { type: MarkType }[] | undefined): InlineNode[] {
  const clean = cleanText(text);
  const out: InlineNode[] = [];
  for (let i = 0; i < clean.length; i += MAX_TEXT) {
    out.push(
      marks
        ? { type: 'text', text: clean.slice(i, i + MAX_TEXT), marks }
        : { type: 'text', text: clean.slice(i, i + MAX_TEXT) },
    );
  }
  return out;
}

const sameMarks = (a: InlineNode, b: InlineNode) =>
  a.type === 'text' &&
  b.type === 'text' &&
  JSON.stringify(a.marks ?? []) === JSON.stringify(b.marks ?? []) &&
  a.text.length + b.text.length <= MAX_TEXT;

/** Inline content: text with bold/italic/underline, hard breaks; anything else by its text. */
function inline(nodes: EditorJson[], inherited?: { type: MarkType }[]): InlineNode[] {
  const out: InlineNode[] = [];
  const push = (n: InlineNode) => {
    const last = out[out.length - 1];
    if (last && n.type === 'text' && last.type === 'text' && sameMarks(last, n))
      out[out.length - 1] = { ...last, text: last.text + n.text };
    else out.push(n);
  };
  for (const n of nodes) {
    if (n.type === 'text') {
      if (typeof n.text === 'string' && n.text) textNodes(n.text, marksOf(n) ?? inherited).forEach(push);
    } else if (n.type === 'hardBreak') {
      push({ type: 'hardBreak' });
    } else if (n.type === 'image') {
      const alt = typeof n.attrs?.alt === 'string' ? n.attrs.alt : '';
      if (alt) textNodes(alt, inherited).forEach(push);
    } else {
      inline(kids(n), marksOf(n) ?? inherited).forEach(push);
    }
  }
  return out.filter((n) => n.type !== 'text' || n.text.length > 0);
}

function paragraph(content: InlineNode[], align: Align | null = null): BlockNode {
  const p: Extract<BlockNode, { type: 'paragraph' }> = { type: 'paragraph' };
  if (align) p.attrs = { textAlign: align };
  if (content.length) p.content = content;
  return p;
}

const positive = (v: unknown): number | null => {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : null;
};
const intIn = (v: unknown, min: number, max: number): number | null =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : null;

function listItem(n: EditorJson): ListItemNode {
  const content = n.type === 'listItem' ? blocks(kids(n)) : block(n);
  return { type: 'listItem', content: content.length ? content : [paragraph([])] };
}

function cell(n: EditorJson): TableCellNode {
  const type = n.type === 'tableHeader' ? 'tableHeader' : 'tableCell';
  const attrs: NonNullable<TableCellNode['attrs']> = {};
  const colspan = intIn(n.attrs?.colspan, 1, MAX_CELLS);
  const rowspan = intIn(n.attrs?.rowspan, 1, 500);
  if (colspan !== null) attrs.colspan = colspan;
  if (rowspan !== null) attrs.rowspan = rowspan;
  const cw = n.attrs?.colwidth;
  if (Array.isArray(cw) && cw.length && cw.every((w) => positive(w) !== null))
    attrs.colwidth = cw.map((w) => positive(w)!);
  const content = n.type === 'tableCell' || n.type === 'tableHeader' ? blocks(kids(n)) : block(n);
  return { type, ...(Object.keys(attrs).length ? { attrs } : {}), content: content.length ? content : [paragraph([])] };
}

function table(n: EditorJson): BlockNode[] {
  const rows: TableRowNode[] = [];
  for (const r of kids(n)) {
    const cells = (r.type === 'tableRow' ? kids(r) : [r]).slice(0, MAX_CELLS).map(cell);
    if (cells.length) rows.push({ type: 'tableRow', content: cells });
    if (rows.length === MAX_ROWS) break;
  }
  return rows.length ? [{ type: 'table', content: rows }] : [];
}

function image(n: EditorJson): BlockNode[] {
  const a = n.attrs ?? {};
  const src = typeof a.src === 'string' ? a.src : '';
  if (!IMAGE_SRC.test(src)) {
    const alt = typeof a.alt === 'string' ? a.alt.trim() : '';
    return alt ? [paragraph(textNodes(alt, undefined))] : [];
  }
  const attrs: Extract<BlockNode, { type: 'image' }>['attrs'] = { src };
  if (typeof a.alt === 'string' && a.alt) attrs.alt = cleanText(a.alt);
  const width = positive(a.width);
  const height = positive(a.height);
  if (width !== null) attrs.width = width;
  if (height !== null) attrs.height = height;
  return [{ type: 'image', attrs }];
}

const isBlockish = (n: EditorJson) =>
  n.type !== 'text' && n.type !== 'hardBreak' && kids(n).some((c) => c.type !== 'text' && c.type !== 'hardBreak');

/** One editor node → zero or more allowed blocks. */
function block(n: EditorJson): BlockNode[] {
  switch (n.type) {
    case 'paragraph':
      return [paragraph(inline(kids(n)), alignOf(n.attrs))];
    case 'heading': {
      const raw = typeof n.attrs?.level === 'number' ? Math.round(n.attrs.level) : 1;
      const level = Math.min(3, Math.max(1, raw)) as 1 | 2 | 3;
      const content = inline(kids(n));
      const align = alignOf(n.attrs);
      return [
        {
          type: 'heading',
          attrs: align ? { level, textAlign: align } : { level },
          ...(content.length ? { content } : {}),
        },
      ];
    }
    case 'bulletList':
    case 'orderedList': {
      const items = kids(n).map(listItem);
      if (!items.length) return [];
      if (n.type === 'bulletList') return [{ type: 'bulletList', content: items }];
      const start = intIn(n.attrs?.start, 0, Number.MAX_SAFE_INTEGER);
      return [{ type: 'orderedList', ...(start !== null && start !== 1 ? { attrs: { start } } : {}), content: items }];
    }
    case 'table':
      return table(n);
    case 'image':
      return image(n);
    case 'pageBreak':
      return [{ type: 'pageBreak' }];
    case 'text':
    case 'hardBreak':
      return [paragraph(inline([n]))];
    case 'horizontalRule':
      return [];
    default: {
      // An unknown container (a quote, a details box…): keep its blocks;
      // an unknown text block: a paragraph of its text.
      if (isBlockish(n)) return blocks(kids(n));
      const content = inline(kids(n));
      return content.length ? [paragraph(content)] : [];
    }
  }
}

function blocks(nodes: EditorJson[]): BlockNode[] {
  const out: BlockNode[] = [];
  let loose: EditorJson[] = [];
  const flush = () => {
    if (loose.length) out.push(paragraph(inline(loose)));
    loose = [];
  };
  for (const n of nodes) {
    // Inline nodes among blocks (not valid ProseMirror, but a caller may hand us anything): one paragraph per run.
    if (n.type === 'text' || n.type === 'hardBreak') loose.push(n);
    else {
      flush();
      out.push(...block(n));
    }
  }
  flush();
  return out;
}

const isEmptyParagraph = (b: BlockNode) => b.type === 'paragraph' && !b.content?.length;

/** The allow-listed body for `docs.save` / `docs.preview`. Trailing empty paragraphs (the editor's own) are dropped. */
export function sanitizeBody(json: EditorJson | null | undefined): DocBody {
  const content = blocks(json && json.type === 'doc' ? kids(json) : json ? [json] : []);
  while (content.length && isEmptyParagraph(content[content.length - 1])) content.pop();
  return { type: 'doc', content };
}
