/**
 * Markdown → the allow-listed TipTap JSON of the document model. Walks markdown-it's token stream; anything the
 * model has no node for is flattened to its text (blockquotes, links, inline code) or dropped (rules "---"),
 * never passed through. The result is checked with `docBody.parse`, so a bug here fails loudly, not in Word.
 */
import type { Token } from 'markdown-it';
import {
  type Appendix,
  type BlockNode,
  type DocBody,
  docBody,
  type InlineNode,
  type ListItemNode,
  type TableCellNode,
  type TableRowNode,
} from '../../../shared/document-model';
import { TemplateError } from './errors';
import { templateMarkdown } from './markdown';

type Align = 'left' | 'center' | 'right' | 'justify';
type Mark = 'bold' | 'italic' | 'underline';
const MARK_OF: Record<string, Mark> = { strong: 'bold', em: 'italic', u: 'underline' };
const IMAGE_SRC = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/;

interface Inline {
  nodes: InlineNode[];
  /** Images are blocks in the model; an image inside a paragraph is lifted out after it. */
  images: BlockNode[];
}

function inline(children: Token[]): Inline {
  const nodes: InlineNode[] = [];
  const images: BlockNode[] = [];
  const open = new Map<Mark, number>();
  const add = (text: string) => {
    if (!text) return;
    const marks = (['bold', 'italic', 'underline'] as Mark[]).filter((m) => (open.get(m) ?? 0) > 0);
    const last = nodes[nodes.length - 1];
    const same = last?.type === 'text' && (last.marks ?? []).map((m) => m.type).join() === marks.join();
    if (same) last.text += text;
    else
      nodes.push(
        marks.length ? { type: 'text', text, marks: marks.map((type) => ({ type })) } : { type: 'text', text },
      );
  };
  for (const t of children) {
    const mark = MARK_OF[t.tag];
    if (mark && t.nesting !== 0) open.set(mark, (open.get(mark) ?? 0) + t.nesting);
    else if (t.type === 'text' || t.type === 'code_inline') add(t.content);
    else if (t.type === 'softbreak') add(' ');
    else if (t.type === 'hardbreak') nodes.push({ type: 'hardBreak' });
    else if (t.type === 'image') {
      const src = String(t.attrGet('src') ?? '');
      if (IMAGE_SRC.test(src)) images.push({ type: 'image', attrs: { src, alt: t.content || null } });
      else add(t.content); // a remote or unsupported image keeps only its alt text: documents never fetch
    }
    // link_open/close and anything else: dropped, their text children are kept above.
  }
  return { nodes, images };
}

/** "->text<-" → centred; strips the markers from the first and last text nodes. */
function centred(nodes: InlineNode[]): boolean {
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  if (first?.type !== 'text' || last?.type !== 'text' || !first.text.startsWith('->') || !last.text.endsWith('<-'))
    return false;
  if (first === last && first.text.length < 4) return false;
  first.text = first.text.slice(2).trimStart();
  last.text = last.text.slice(0, -2).trimEnd();
  for (let i = nodes.length - 1; i >= 0; i--)
    if (nodes[i].type === 'text' && !(nodes[i] as { text: string }).text) nodes.splice(i, 1);
  return true;
}

function textBlock(kind: 'paragraph' | 'heading', inl: Inline, level: 1 | 2 | 3, align: Align | null): BlockNode[] {
  if (!inl.nodes.length && inl.images.length) return inl.images; // a line holding only an image
  const center = centred(inl.nodes);
  const textAlign = center ? 'center' : align;
  const content = inl.nodes.length ? { content: inl.nodes } : {};
  const block: BlockNode =
    kind === 'heading'
      ? { type: 'heading', attrs: { level, ...(textAlign ? { textAlign } : {}) }, ...content }
      : { type: 'paragraph', ...(textAlign ? { attrs: { textAlign } } : {}), ...content };
  return [block, ...inl.images];
}

function cellAlign(t: Token): Align | null {
  const m = /text-align:\s*(left|center|right)/.exec(String(t.attrGet('style') ?? ''));
  return m ? (m[1] as Align) : null;
}

class Walker {
  i = 0;
  /** Where each `\phuluc` line cut the top-level blocks, and the name it gave. */
  readonly cuts: { at: number; title: string }[] = [];
  constructor(
    private readonly tokens: Token[],
    /** The Markdown's lines: a table's separator row says its column widths (see `dashWidths`). */
    private readonly lines: string[] = [],
  ) {}

  /** Blocks until the token of type `until` (consumed) or the end. */
  blocks(until?: string): BlockNode[] {
    const out: BlockNode[] = [];
    while (this.i < this.tokens.length) {
      const t = this.tokens[this.i++];
      if (t.type === until) break;
      switch (t.type) {
        case 'appendix':
          // Inside a list or a quote the officer would not know which part it belongs to: said plainly.
          if (until !== undefined)
            throw new TemplateError({
              invalid: ['Dòng "\\phuluc" phải đứng riêng ở đầu dòng, không thụt lề, không nằm trong danh sách.'],
            });
          this.cuts.push({ at: out.length, title: t.content });
          break;
        case 'paragraph_open':
          out.push(...textBlock('paragraph', inline(this.tokens[this.i].children ?? []), 1, null));
          this.i += 2;
          break;
        case 'heading_open':
          out.push(
            ...textBlock(
              'heading',
              inline(this.tokens[this.i].children ?? []),
              Math.min(Number(t.tag.slice(1)), 3) as 1 | 2 | 3,
              null,
            ),
          );
          this.i += 2;
          break;
        case 'bullet_list_open':
          out.push({ type: 'bulletList', content: this.items('bullet_list_close') });
          break;
        case 'ordered_list_open': {
          const start = Number(t.attrGet('start') ?? 1);
          out.push({
            type: 'orderedList',
            ...(start !== 1 ? { attrs: { start } } : {}),
            content: this.items('ordered_list_close'),
          });
          break;
        }
        case 'table_open':
          out.push(...this.table());
          break;
        case 'blockquote_open':
          out.push(...this.blocks('blockquote_close'));
          break;
        case 'pagebreak':
          out.push({ type: 'pageBreak' });
          break;
        default: // hr, and any token type a future markdown-it adds: not part of the form
          break;
      }
    }
    return out;
  }

  items(close: string): ListItemNode[] {
    const items: ListItemNode[] = [];
    while (this.i < this.tokens.length) {
      const t = this.tokens[this.i++];
      if (t.type === close) break;
      if (t.type !== 'list_item_open') continue;
      const content = this.blocks('list_item_close');
      items.push({ type: 'listItem', content: content.length ? content : [{ type: 'paragraph' }] });
    }
    return items;
  }

  table(): BlockNode[] {
    const open = this.tokens[this.i - 1];
    const widths = open?.map ? dashWidths(this.lines[open.map[0] + 1] ?? '') : null;
    const rows: TableRowNode[] = [];
    let row: TableCellNode[] | null = null;
    while (this.i < this.tokens.length) {
      const t = this.tokens[this.i++];
      if (t.type === 'table_close') break;
      if (t.type === 'tr_open') row = [];
      else if (t.type === 'tr_close' && row) rows.push({ type: 'tableRow', content: row });
      else if ((t.type === 'th_open' || t.type === 'td_open') && row) {
        const blocks = textBlock('paragraph', inline(this.tokens[this.i].children ?? []), 1, cellAlign(t));
        this.i += 2;
        row.push({ type: t.type === 'th_open' ? 'tableHeader' : 'tableCell', content: blocks });
      }
    }
    // A header row of empty cells means "no header" (Markdown cannot write a table without one).
    if (rows.length > 1 && rows[0].content.every((c) => c.content.length === 1 && !('content' in c.content[0])))
      rows.shift();
    // The model's limits, said in words an officer understands (zod would only say "Invalid input").
    const widest = Math.max(0, ...rows.map((r) => r.content.length));
    if (widest > 50) throw new TemplateError({ invalid: [`Bảng có ${widest} cột; tối đa 50 cột.`] });
    if (rows.length > 2000)
      throw new TemplateError({
        invalid: [`Bảng có ${rows.length} dòng; tối đa 2000 dòng, hãy chia thành nhiều bảng.`],
      });
    if (widths && rows[0]?.content.length === widths.length)
      rows[0].content.forEach((cell, i) => (cell.attrs = { colwidth: [widths[i]] }));
    return rows.length ? [{ type: 'table', content: rows }] : [];
  }
}

/**
 * Column widths from a table's separator row, as Pandoc reads them: `|:-:|------------|------|` gives the columns
 * 1 : 12 : 6 of the width (a list of names needs a wide name column, not five equal ones). Rows of three dashes or
 * fewer everywhere (`|---|---|`) say nothing, and the columns share the width evenly as before.
 */
function dashWidths(separator: string): number[] | null {
  const cells = separator
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());
  if (!cells.length || cells.some((c) => !/^:?-+:?$/.test(c))) return null;
  const dashes = cells.map((c) => c.replace(/:/g, '').length);
  return dashes.some((d) => d > 3) ? dashes.map((d) => d * 10) : null;
}

/** The body and the appendices of a Markdown text: each `\phuluc` line starts an appendix (markdown.ts). */
export function markdownToDocument(md: string): { body: DocBody; appendices?: Appendix[] } {
  const walker = new Walker(templateMarkdown().parse(md, {}), md.split('\n'));
  const all = walker.blocks();
  const { cuts } = walker;
  const body = docBody.parse({ type: 'doc', content: all.slice(0, cuts[0]?.at) });
  if (!cuts.length) return { body };
  const appendices = cuts.map((c, i) => ({
    ...(c.title ? { title: c.title } : {}),
    body: docBody.parse({ type: 'doc', content: all.slice(c.at, cuts[i + 1]?.at) }),
  }));
  return { body, appendices };
}

/** The body alone (what comes before any `\phuluc` line). */
export function markdownToBody(md: string): DocBody {
  return markdownToDocument(md).body;
}
