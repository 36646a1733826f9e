/**
 * Bodies at the edges of the allow-list: empty, nested (a table, a list and an image inside a table cell), a list
 * starting at 0, a page break at the end, a one-column table. Every renderer accepts them, and nothing leaves its
 * box: a nested table or an image in a cell is no wider than the cell.
 */
import { describe, expect, it } from 'vitest';
import { toDocx, toHtml, toPdf, toText } from '../../src/core/documents/render';
import type { BlockNode, DocumentModel } from '../../src/shared/document-model';
import { image, olFrom, pageBreak, table, td, tr, ul } from './fixtures/build';
import { minutes } from './fixtures/models';
import { pngDataUrl } from './fixtures/png';
import { attrs, docxParts, positionedItems, readPdf, topTables } from './fixtures/read';

const withBody = (content: BlockNode[]): DocumentModel => ({ ...minutes(), body: { type: 'doc', content } });

const nested: BlockNode = table(
  tr(td('Ô ngoài'), {
    type: 'tableCell',
    content: [table(tr(td('Trong 1'), td('Trong 2'))), ul('Mục trong ô'), image(pngDataUrl(2000, 100), 'Ảnh rộng')],
  }),
);

describe('edge bodies', () => {
  const bodies: Record<string, BlockNode[]> = {
    empty: [],
    'empty paragraph': [{ type: 'paragraph' }],
    nested: [nested],
    'list from 0, break at the end': [olFrom(0, 'Mục không', 'Mục một'), pageBreak],
    'one column': [table(tr(td('Một cột')))],
  };

  for (const [name, content] of Object.entries(bodies)) {
    it(`renders "${name}" in every format`, async () => {
      const m = withBody(content);
      expect((await toDocx(m)).length).toBeGreaterThan(1000);
      expect((await readPdf(await toPdf(m))).pages.length).toBeGreaterThanOrEqual(1);
      expect(toHtml(m)).toContain('</html>');
      expect(toText(m)).toContain('Nơi nhận:');
    });
  }

  it('checks appendices against the same allow-list as the body', async () => {
    const bad = (appendices: unknown) => ({ ...minutes(), appendices }) as DocumentModel;
    const script = { type: 'doc', content: [{ type: 'script', text: 'x' }] };
    for (const a of [
      [{ body: script }],
      [{ title: 'x'.repeat(301), body: { type: 'doc', content: [] } }],
      [{ body: { type: 'doc', content: [] }, extra: 1 }],
    ]) {
      await expect(toDocx(bad(a))).rejects.toMatchObject({ code: 'VALIDATION' });
      expect(() => toHtml(bad(a))).toThrow(/appendices\.0/);
    }
    const empty = bad([{ body: { type: 'doc', content: [] } }]);
    expect(toText(empty)).toContain('Phụ lục');
    const plain = (await readPdf(await toPdf(minutes()))).pages.length;
    expect((await readPdf(await toPdf(empty))).pages.length).toBe(plain + 1); // an empty appendix still has its page
  });

  it('keeps a nested table and an image inside their cell, in Word and in the PDF', async () => {
    const m = withBody([nested]);
    const x = (await docxParts(await toDocx(m)))['word/document.xml'];
    const outer = topTables(x)[1];
    const outerCols = attrs(outer.slice(0, outer.indexOf('</w:tblGrid>')), 'w:gridCol').map((a) => Number(a['w:w']));
    const innerGrid = outer.slice(outer.indexOf('</w:tblGrid>')).match(/<w:tblGrid>.*?<\/w:tblGrid>/)![0];
    const innerTotal = attrs(innerGrid, 'w:gridCol').reduce((a, c) => a + Number(c['w:w']), 0);
    expect(innerTotal).toBeLessThanOrEqual(outerCols[1] - 2 * 108);
    const extent = attrs(x, 'wp:extent')[0];
    expect(Number(extent.cx) / 635).toBeLessThanOrEqual(outerCols[1] - 2 * 108); // EMU → twips
    const items = await positionedItems(await toPdf(m), 1);
    expect(Math.max(...items.map((i) => i.x + i.w))).toBeLessThanOrEqual(595.28 - (15 * 72) / 25.4 + 1);
  });
});
