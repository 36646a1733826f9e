/**
 * Column widths for the tables these papers print. A Markdown table gives every column the same width, which
 * wraps a full name over two lines beside a narrow "STT"; the document model's own `colwidth` (what the editor
 * sets when a column is dragged) says how the text width is shared, and every renderer reads it (tableGrid).
 */
import type { BlockNode } from '../../shared/document-model';
import { plainText } from '../documents/render/body-shared';

/** The text of a table cell's paragraphs. */
export const cellText = (blocks: BlockNode[]): string =>
  blocks.map((p) => (p.type === 'paragraph' || p.type === 'heading' ? plainText(p.content) : '')).join(' ');

/**
 * Sets the widths (relative, one per column) of every top-level table of `blocks` whose header row reads
 * `header`. The blocks are the ones just built for this paper, so they are changed in place.
 */
export function setColumnWidths(blocks: BlockNode[], header: readonly string[], widths: readonly number[]): void {
  for (const b of blocks) {
    if (b.type !== 'table') continue;
    const first = b.content[0]?.content ?? [];
    const texts = first.map((c) => cellText(c.content).trim());
    if (texts.length !== header.length || texts.some((t, i) => t !== header[i])) continue;
    first.forEach((cell, i) => {
      cell.attrs = { ...cell.attrs, colwidth: [widths[i]] };
    });
  }
}
