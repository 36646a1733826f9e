/**
 * The bulletin as a PDF through the documents engine (pdfmake with the bundled Tinos, the engine's body renderer):
 * a bulletin layout, not the official decision form (no Quốc hiệu, no signature block, no Nơi nhận): the union's
 * name, "BẢN TIN NỘI BỘ", issue number and date, a rule, the title, the body with its images, page numbers below.
 */
import { upperVi } from '../../shared/text/format';
import { LAYOUT, mmToPt, pageGeometry, pdfLine } from '../documents/render/layout';
import { pdfBody } from '../documents/render/pdf-body';
import { renderPdf } from '../pdf/pdf';
import { type BulletinView, issueLine, KIND_LINE, mastheadLine } from './layout';

const line = (text: string, size: number, extra: Record<string, unknown> = {}) => ({
  text,
  fontSize: size,
  alignment: 'center',
  lineHeight: pdfLine(LAYOUT.compactLineSpacing, size),
  ...extra,
});

export function bulletinPdfDefinition(v: BulletinView): Record<string, unknown> {
  const b = v.bulletin;
  const geom = pageGeometry();
  const m = geom.margins;
  const [left, right] = [mmToPt(m.left), mmToPt(m.right)];
  const rule = {
    canvas: [{ type: 'line', x1: 0, y1: 0, x2: geom.contentPt, y2: 0, lineWidth: 1.5 }],
    margin: [0, 6, 0, 12],
  };
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [left, mmToPt(m.top), right, mmToPt(m.bottom)],
    language: 'vi-VN',
    info: {
      title: `${mastheadLine(b)}: ${b.title}`,
      author: v.orgName,
      creator: 'UnionDesk',
      producer: 'UnionDesk',
      // The bulletin's own date, not the clock: the same bulletin gives the same file.
      creationDate: new Date(`${b.date}T00:00:00Z`),
    },
    defaultStyle: {
      font: LAYOUT.fonts.pdf,
      fontSize: LAYOUT.body.size,
      lineHeight: pdfLine(LAYOUT.lineSpacing, LAYOUT.body.size),
    },
    footer: (page: number, pages: number) =>
      line(`${KIND_LINE} ${issueLine(b)} – Trang ${page}/${pages}`, 10, { margin: [left, 10, right, 0] }),
    content: [
      ...(v.orgName ? [line(upperVi(v.orgName), 13, { bold: true })] : []),
      line(KIND_LINE, 22, { bold: true, margin: [0, 4, 0, 0] }),
      line(issueLine(b), 13, { italics: true, margin: [0, 2, 0, 0] }),
      rule,
      line(b.title, 16, { bold: true, margin: [0, 0, 0, 12] }),
      ...pdfBody(b.body.content, geom),
    ],
  };
}

export async function bulletinPdf(v: BulletinView): Promise<Buffer> {
  return renderPdf(bulletinPdfDefinition(v));
}
