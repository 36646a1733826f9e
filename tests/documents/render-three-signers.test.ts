/**
 * A payment list is a voucher signed by three (NGƯỜI LẬP, KẾ TOÁN, the chair last and widest): the .docx signature
 * table has three grid columns (30/30/40) with Nơi nhận spanning the first two; the PDF puts the three headings on
 * one line, left to right, with "TM. BAN CHẤP HÀNH" unbroken; the preview HTML has three cells and a colspan; the text
 * lists the three in order. The model takes three signers and refuses four.
 */
import { describe, expect, it } from 'vitest';
import { toDocx, toHtml, toPdf, toText } from '../../src/core/documents/render';
import { buildDocument } from '../../src/core/documents/templates';
import { documentModel, type DocumentModel } from '../../src/shared/document-model';
import { decision } from './fixtures/models';
import { SAMPLE_ORG as org } from './fixtures/org';
import { attrs, docxParts, positionedItems, readPdf, topTables, xmlText } from './fixtures/read';

const SIGNERS = [
  { authority: '', position: 'Người lập', name: 'Phạm Thu Trang' },
  { authority: '', position: 'Kế toán', name: 'Đỗ Minh Quân' },
  { authority: 'TM. Ban Chấp hành', position: 'Chủ tịch', name: 'Trần Thị Hoa' },
];

function voucher(): DocumentModel {
  const d = decision();
  return { ...d, fields: { ...d.fields, type: 'DS', summary: 'Chi tặng quà Tết', signers: SIGNERS } };
}

describe('three signers', () => {
  it('the model holds three and refuses a fourth', () => {
    expect(() => documentModel.parse(voucher())).not.toThrow();
    const four = voucher();
    four.fields.signers = [...SIGNERS, SIGNERS[0]];
    expect(() => documentModel.parse(four)).toThrow();
  });

  it('a template may name three signers; a fourth is refused in Vietnamese', () => {
    const three = SIGNERS.map((s) => `{authority: "${s.authority}", position: ${s.position}, name: ${s.name}}`);
    const m = buildDocument(`---\ntype: DS\nsigners: [${three.join(', ')}]\n---\nx`, { org });
    expect(m.fields.signers.map((s) => s.position)).toEqual(['Người lập', 'Kế toán', 'Chủ tịch']);
    expect(() =>
      buildDocument(`---\ntype: DS\nsigners: [${[...three, three[0]].join(', ')}]\n---\nx`, { org }),
    ).toThrow(/tối đa ba người ký/);
  });

  it('.docx: three grid columns 30/30/40, the chair last, Nơi nhận spanning the first two', async () => {
    const x = (await docxParts(await toDocx(voucher())))['word/document.xml'];
    const sig = topTables(x).at(-1)!;
    const grid = attrs(sig, 'w:gridCol').map((a) => Number(a['w:w']));
    expect(grid).toHaveLength(3);
    const total = grid.reduce((a, b) => a + b, 0);
    expect(grid.map((w) => w / total)).toEqual([
      expect.closeTo(0.3, 3),
      expect.closeTo(0.3, 3),
      expect.closeTo(0.4, 3),
    ]);
    const [row1, row2] = sig.split('</w:tr>');
    const cells = row1.split('</w:tc>').slice(0, -1).map(xmlText);
    expect(cells).toEqual(['NGƯỜI LẬPPhạm Thu Trang', 'KẾ TOÁNĐỗ Minh Quân', 'TM. BAN CHẤP HÀNHCHỦ TỊCHTrần Thị Hoa']);
    expect(row2).toContain('<w:gridSpan w:val="2"/>');
    expect(xmlText(row2)).toMatch(/^Nơi nhận:- Như Điều 3;/);
    expect(row1).toContain('<w:cantSplit/>');
  });

  it('PDF: the three headings on one line, left to right, each name under its heading', async () => {
    const pdf = await toPdf(voucher());
    const pages = (await readPdf(pdf)).sizes.length;
    // The signatures' page: the last one (the fixture's body runs onto page 2).
    const items = await positionedItems(pdf, pages);
    const first = (w: string) => items.find((i) => i.str === w)!;
    const [lap, toan, tm] = [first('NGƯỜI'), first('KẾ'), first('TM.')];
    expect(Math.abs(lap.y - toan.y)).toBeLessThan(1);
    expect(Math.abs(lap.y - tm.y)).toBeLessThan(1);
    expect(lap.x).toBeLessThan(toan.x);
    expect(toan.x).toBeLessThan(tm.x);
    // "TM. BAN CHẤP HÀNH" unbroken: its last word on the line of "TM."
    expect(Math.abs(items.find((i) => i.str === 'HÀNH' && i.x > tm.x)!.y - tm.y)).toBeLessThan(1);
    const names = ['Trang', 'Quân', 'Hoa'].map(first);
    expect(names[0].x).toBeLessThan(names[1].x);
    expect(names[1].x).toBeLessThan(names[2].x);
    for (const n of names) expect(Math.abs(n.y - names[0].y)).toBeLessThan(1);
  });

  it('preview HTML: three signature cells, Nơi nhận spanning two; the text lists all three in order', () => {
    const html = toHtml(voucher());
    const table = html.slice(html.lastIndexOf('<table', html.indexOf('NGƯỜI LẬP')));
    const firstRow = table.slice(0, table.indexOf('</tr>'));
    expect(firstRow.match(/<td/g)).toHaveLength(3);
    expect(table).toMatch(/<td colspan="2"[^>]*>[^]*Nơi nhận:/);
    const text = toText(voucher());
    expect(text.indexOf('NGƯỜI LẬP')).toBeLessThan(text.indexOf('KẾ TOÁN'));
    expect(text.indexOf('KẾ TOÁN')).toBeLessThan(text.indexOf('TM. BAN CHẤP HÀNH'));
    expect(text).toContain('Đỗ Minh Quân');
  });
});
