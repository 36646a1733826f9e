/**
 * Body facts every renderer needs and must compute the same way: list markers, the grid of a table with merged
 * cells and its column widths, image sizes. Pure; no renderer library is imported here.
 */
import type { BlockNode, InlineNode, TableCellNode } from '../../../shared/document-model';

// ---- Lists --------------------------------------------------------------------------------------------------

export type ListKind = 'ordered' | 'bullet';

/** Vietnamese official style: 1. → a) → i. for numbers; - → + → • for bullets; repeating every three levels. */
export const ORDERED_FORMATS = [
  { format: 'decimal', suffix: '.' },
  { format: 'lowerLetter', suffix: ')' },
  { format: 'lowerRoman', suffix: '.' },
] as const;
export const BULLETS = ['-', '+', '•'] as const;
/** Word has nine list levels (0–8); deeper lists print at the last one. */
export const MAX_LIST_LEVEL = 8;

function letters(n: number): string {
  let s = '';
  for (let v = n; v > 0; v = Math.floor((v - 1) / 26)) s = String.fromCharCode(97 + ((v - 1) % 26)) + s;
  return s || 'a';
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let s = '';
  let v = n;
  for (const [k, r] of table)
    while (v >= k) {
      s += r;
      v -= k;
    }
  return s;
}

/** "I", "II", "IV"…: how official documents number their appendices (Phụ lục I, Phụ lục II). */
export const upperRoman = (n: number): string => roman(n).toUpperCase();

/** The marker printed before the item with number `n` (1-based, after `start`) at nesting `level`. */
export function listMarker(kind: ListKind, level: number, n: number): string {
  if (kind === 'bullet') return BULLETS[level % 3];
  const { format, suffix } = ORDERED_FORMATS[level % 3];
  const num = format === 'decimal' ? String(n) : format === 'lowerLetter' ? letters(n) : roman(n);
  return num + suffix;
}

// ---- Inline text --------------------------------------------------------------------------------------------

export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** A hardBreak: a line break inside the paragraph. */
  br?: boolean;
}

const BREAK: Run = Object.freeze({ text: '', bold: false, italic: false, underline: false, br: true });

/** A plain loop over at most three marks: this runs for every text node of every render (no Set per node). */
export function runs(content: InlineNode[] | undefined): Run[] {
  const out: Run[] = [];
  if (!content) return out;
  for (const n of content) {
    if (n.type === 'hardBreak') {
      out.push(BREAK);
      continue;
    }
    let bold = false;
    let italic = false;
    let underline = false;
    if (n.marks)
      for (const m of n.marks)
        m.type === 'bold' ? (bold = true) : m.type === 'italic' ? (italic = true) : (underline = true);
    out.push({ text: n.text.normalize('NFC'), bold, italic, underline });
  }
  return out;
}

export const plainText = (content: InlineNode[] | undefined): string =>
  runs(content)
    .map((r) => (r.br ? '\n' : r.text))
    .join('');

/**
 * The paragraph that closes the body, when the body ends with one: it is kept whole and on the same page as the
 * signature block, so a signature never starts a page on its own (Word: keepNext + keepLines; PDF: one
 * unbreakable block).
 */
export function closingParagraph(content: BlockNode[]): Extract<BlockNode, { type: 'paragraph' }> | undefined {
  const last = content.at(-1);
  return last?.type === 'paragraph' ? last : undefined;
}

// ---- Tables -------------------------------------------------------------------------------------------------

export interface GridCell {
  cell: TableCellNode;
  row: number;
  col: number;
  colspan: number;
  rowspan: number;
  header: boolean;
}

export interface TableGrid {
  columns: number;
  /** Per row, the cells that start in it (covered positions are absent), in column order. */
  rows: GridCell[][];
  /** Leading rows made only of header cells: repeated on every page. */
  headerRows: number;
  /** Share of the table width per column (sums to 1). */
  shares: number[];
}

/**
 * Places TipTap's cells (which omit the positions a rowspan covers) on a grid, then derives column widths from
 * `colwidth` (CSS pixels per spanned column). Columns with no width share what the known ones leave, or split
 * evenly. The table always spans the text width, as tables in official documents do.
 */
export function tableGrid(node: Extract<BlockNode, { type: 'table' }>): TableGrid {
  const taken: boolean[][] = [];
  const rows: GridCell[][] = [];
  let columns = 0;
  node.content.forEach((tr, r) => {
    const out: GridCell[] = [];
    let c = 0;
    for (const cell of tr.content) {
      while (taken[r]?.[c]) c++;
      const colspan = Math.max(1, cell.attrs?.colspan ?? 1);
      const rowspan = Math.max(1, Math.min(cell.attrs?.rowspan ?? 1, node.content.length - r));
      for (let dr = 0; dr < rowspan; dr++) for (let dc = 0; dc < colspan; dc++) (taken[r + dr] ??= [])[c + dc] = true;
      out.push({ cell, row: r, col: c, colspan, rowspan, header: cell.type === 'tableHeader' });
      c += colspan;
    }
    columns = Math.max(columns, c, taken[r]?.length ?? 0);
    rows.push(out);
  });
  const px: (number | undefined)[] = Array.from({ length: columns }, () => undefined);
  for (const row of rows) for (const g of row) g.cell.attrs?.colwidth?.forEach((w, i) => (px[g.col + i] ??= w));
  const known = px.filter((w): w is number => w !== undefined);
  const fill = known.length ? known.reduce((a, b) => a + b, 0) / known.length : 1;
  const widths = px.map((w) => w ?? fill);
  const sum = widths.reduce((a, b) => a + b, 0);
  let headerRows = 0;
  while (headerRows < rows.length - 1 && rows[headerRows].length && rows[headerRows].every((g) => g.header))
    headerRows++;
  return { columns, rows, headerRows, shares: widths.map((w) => w / sum) };
}

/** Splits `total` by shares into whole units that add up exactly (docx needs integer twips). */
export function splitWhole(total: number, shares: number[]): number[] {
  const out = shares.map((s) => Math.floor(total * s));
  out[out.length - 1] += total - out.reduce((a, b) => a + b, 0);
  return out;
}

// ---- Images -------------------------------------------------------------------------------------------------

export interface ImageData {
  type: 'png' | 'jpg';
  bytes: Buffer;
  /** Printed size in CSS pixels (96 per inch), already fitted to the text width. */
  widthPx: number;
  heightPx: number;
  dataUrl: string;
}

/** Intrinsic size from the PNG IHDR or the JPEG SOF marker; null if the bytes are not what the URL claims. */
export function imageSize(bytes: Buffer): { type: 'png' | 'jpg'; width: number; height: number } | null {
  if (bytes.length > 24 && bytes.readUInt32BE(0) === 0x89504e47)
    return { type: 'png', width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  if (bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let i = 2;
    while (i + 9 < bytes.length) {
      if (bytes[i] !== 0xff) return null;
      const marker = bytes[i + 1];
      const len = bytes.readUInt16BE(i + 2);
      // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC), carry the frame size.
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { type: 'jpg', height: bytes.readUInt16BE(i + 5), width: bytes.readUInt16BE(i + 7) };
      }
      i += 2 + len;
    }
  }
  return null;
}

/**
 * Decodes an embedded image and fits it: the given size (keeping the ratio if only one side is given),
 * at most the text width.
 */
export function imageData(
  attrs: { src: string; width?: number | null; height?: number | null },
  contentPt: number,
): ImageData | null {
  const m = /^data:image\/(png|jpeg);base64,(.*)$/.exec(attrs.src);
  if (!m) return null;
  const bytes = Buffer.from(m[2], 'base64');
  const size = imageSize(bytes);
  if (!size || !size.width || !size.height) return null;
  const ratio = size.height / size.width;
  let w = attrs.width ?? (attrs.height ? attrs.height / ratio : size.width);
  let h = attrs.height ?? w * ratio;
  const maxPx = (contentPt * 96) / 72;
  if (w > maxPx) {
    h = (h * maxPx) / w;
    w = maxPx;
  }
  return { type: size.type, bytes, widthPx: Math.round(w), heightPx: Math.round(h), dataUrl: attrs.src };
}
