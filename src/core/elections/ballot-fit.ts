/**
 * Where the ballots sit on an A4 sheet, and whether one fits its slot. The engine prints a body at its official
 * sizes (14 pt text, 13 pt tables), so a slot holds a bounded list: the height is worked out beforehand from the
 * font's own advance widths (the engine's font-metrics, the line heights of layout.ts), and a list too long for
 * the slot is refused, before anything is rendered, rather than spilling onto a second page in one format only.
 */
import type { BlockNode } from '../../shared/document-model';
import { AppError } from '../../shared/errors';
import { plainText, tableGrid } from '../documents/render/body-shared';
import { type Face, textWidth } from '../documents/render/font-metrics';
import { LAYOUT, lineTwips, mmToPt } from '../documents/render/layout';
import type { BallotBlocks } from './ballot-text';
import { cellText } from './columns';

export type PerPage = 1 | 2 | 4;

/** 1: A4 portrait; 2: A4 landscape, two A5 portrait side by side; 4: A4 portrait, four A6 in a 2×2 grid. */
export interface Sheet {
  landscape: boolean;
  cols: number;
  rows: number;
  marginMm: number;
  /** Inside each slot, from the cut line. */
  padMm: number;
  /**
   * The ballot's type size against the engine's (14 pt text, 13 pt tables): an A6 quarter sheet at full size holds
   * barely six names, so four to a sheet print at three quarters (10.5 and 10 pt, still easy to read), an A5 half
   * at 0.85 (12 and 11 pt). Names of the length of "Nguyễn Thị Thanh Hương" under a two-line title: 26 on a whole
   * sheet, 17 on a half (13 at full size), 11 on a quarter: most BCH lists fit two to a sheet.
   */
  scale: number;
}
export const SHEETS: Record<PerPage, Sheet> = {
  1: { landscape: false, cols: 1, rows: 1, marginMm: 20, padMm: 0, scale: 1 },
  2: { landscape: true, cols: 2, rows: 1, marginMm: 8, padMm: 8, scale: 0.85 },
  4: { landscape: false, cols: 2, rows: 2, marginMm: 6, padMm: 5, scale: 0.75 },
};

/** The stamp box (top left of each ballot) and the gap to the union's name beside it. */
export const STAMP = { widthMm: 32, heightMm: 20, gapMm: 4, labelSize: 10 };

export interface SlotGeometry {
  pageWidthMm: number;
  pageHeightMm: number;
  /** One slot, cut line to cut line (pt). */
  slotWidthPt: number;
  slotHeightPt: number;
  /** The text box inside a slot (pt). */
  innerWidthPt: number;
  innerHeightPt: number;
}

export function slotGeometry(sheet: Sheet): SlotGeometry {
  const { widthMm, heightMm } = LAYOUT.page;
  const [pageWidthMm, pageHeightMm] = sheet.landscape ? [heightMm, widthMm] : [widthMm, heightMm];
  const slotWidthPt = mmToPt((pageWidthMm - 2 * sheet.marginMm) / sheet.cols);
  const slotHeightPt = mmToPt((pageHeightMm - 2 * sheet.marginMm) / sheet.rows);
  const pad = mmToPt(sheet.padMm);
  return {
    pageWidthMm,
    pageHeightMm,
    slotWidthPt,
    slotHeightPt,
    innerWidthPt: slotWidthPt - 2 * pad,
    innerHeightPt: slotHeightPt - 2 * pad,
  };
}

const line = (size: number, multiple: number) => lineTwips(multiple, size) / 20;

/** Lines `text` takes in `widthPt`, wrapped at spaces as Word and pdfmake do (a word longer than a line: its own). */
export function wrappedLines(text: string, widthPt: number, size: number, face: Face): number {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0) return 1;
  const space = textWidth(' ', size, face);
  let lines = 1;
  let used = 0;
  for (const w of words) {
    const width = textWidth(w, size, face);
    if (used > 0 && used + space + width > widthPt) {
      lines++;
      used = width;
    } else used += (used > 0 ? space : 0) + width;
  }
  return lines;
}

const isBold = (b: Extract<BlockNode, { type: 'paragraph' | 'heading' }>) =>
  b.type === 'heading' || (b.content ?? []).some((n) => n.type === 'text' && n.marks?.some((m) => m.type === 'bold'));

/** A type size scaled, in the half points Word keeps (the PDF rounds the same way, so both print alike). */
export const scaledSize = (size: number, scale: number): number => Math.round(size * 2 * scale) / 2;

/**
 * Height (pt) of the engine's rendering of `blocks` (paragraphs and tables) in a box `widthPt` wide, its type
 * `scale` times the engine's: scaled sizes and paragraph spacing, the table's padding and rules as they are.
 */
export function blocksHeight(blocks: BlockNode[], widthPt: number, scale = 1): number {
  const t = LAYOUT.table;
  const [body, cell] = [scaledSize(LAYOUT.body.size, scale), scaledSize(t.size, scale)];
  const after = LAYOUT.body.afterPt * scale;
  let h = 0;
  for (const b of blocks) {
    if (b.type === 'paragraph' || b.type === 'heading') {
      const n = wrappedLines(plainText(b.content), widthPt, body, isBold(b) ? 'bold' : 'normal');
      h += n * line(body, LAYOUT.lineSpacing) + after;
    } else if (b.type === 'table') {
      const grid = tableGrid(b);
      for (const row of grid.rows) {
        const lines = Math.max(
          ...row.map((g) => {
            const inner = grid.shares[g.col] * widthPt - 2 * t.padXPt;
            return wrappedLines(cellText(g.cell.content), inner, cell, g.header ? 'bold' : 'normal');
          }),
        );
        h += lines * line(cell, LAYOUT.compactLineSpacing) + 2 * t.padYPt + t.borderPt;
      }
      h += t.borderPt + after;
    }
  }
  return h;
}

/** A little room for what the estimate leaves out (rounding of each renderer, the cell's last paragraph mark). */
const SLACK_PT = 12;

/** The ballot's height in its slot; refuses, in words, a list too long for `perPage` ballots on a sheet. */
export function checkFits(blocks: BallotBlocks, perPage: PerPage, candidates: number): void {
  const sheet = SHEETS[perPage];
  const g = slotGeometry(sheet);
  const k = sheet.scale;
  const beside = g.innerWidthPt - mmToPt(STAMP.widthMm + STAMP.gapMm);
  const head = Math.max(mmToPt(STAMP.heightMm), blocksHeight(blocks.head, beside, k)) + LAYOUT.body.afterPt * k;
  const height = head + blocksHeight(blocks.rest, g.innerWidthPt, k);
  if (height + SLACK_PT <= g.innerHeightPt) return;
  const fewer = perPage === 4 ? 'hãy chọn 2 hoặc 1 phiếu trên một trang' : 'hãy chọn 1 phiếu trên một trang';
  throw new AppError(
    'VALIDATION',
    perPage === 1
      ? `Danh sách ${candidates} người quá dài cho một phiếu bầu khổ A4.`
      : `Danh sách ${candidates} người không vừa ${perPage} phiếu trên một trang A4: ${fewer}.`,
    { perPage, candidates },
  );
}
