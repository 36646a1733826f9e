/**
 * A table paper in the official form (the reports' and the welfare lists' PDFs): the masthead of the dues papers,
 * a title and lines under it, one bordered table, then what closes it (totals, signatures) kept together on a page.
 */
import { LAYOUT, mmToPt, pageGeometry } from '../documents/render';
import { pdfLine } from '../documents/render/layout';
import type { DocTypeCode } from '../../shared/document-model';
import { masthead, type Node, type PaperOrg } from '../dues/files/paper';
import { renderPdf } from '../pdf/pdf';

export { paperOrg, signatures, type Node, type PaperOrg } from '../dues/files/paper';

export interface TablePaper {
  org: PaperOrg;
  /** YYYY-MM-DD: the place and date line and the file's creation date. */
  date: string;
  type: DocTypeCode;
  title: string;
  /** Lines under the title, centred (the period, the programme). */
  subtitles: string[];
  headers: string[];
  widths: (number | '*')[];
  rows: Node[][];
  /** Kept together after the table: totals, signatures. */
  closing: Node[];
  fontSize?: number;
}

export const cell = (text: string, align: 'left' | 'center' | 'right' = 'left', extra: Node = {}): Node => ({
  text,
  alignment: align,
  ...extra,
});

export function tablePaperDefinition(p: TablePaper): Node {
  const geom = pageGeometry();
  const m = geom.margins;
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [mmToPt(m.left), mmToPt(m.top), mmToPt(m.right), mmToPt(m.bottom)],
    language: 'vi-VN',
    info: {
      title: p.title,
      author: p.org.issuer,
      creator: 'UnionDesk',
      producer: 'UnionDesk',
      creationDate: new Date(`${p.date}T00:00:00Z`),
    },
    defaultStyle: { font: LAYOUT.fonts.pdf, fontSize: LAYOUT.body.size, lineHeight: pdfLine(1, LAYOUT.body.size) },
    background: (page: number) =>
      page > 1
        ? { text: String(page), alignment: 'center', fontSize: 13, margin: [0, mmToPt(LAYOUT.pageNumber.topMm), 0, 0] }
        : null,
    content: [
      masthead(p.org, p.date, p.type, geom),
      { text: p.title, bold: true, alignment: 'center', margin: [0, 18, 0, 2] },
      ...p.subtitles.map((text) => ({ text, italics: true, alignment: 'center', margin: [0, 0, 0, 2] })),
      {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: p.widths,
          body: [p.headers.map((h) => cell(h, 'center', { bold: true })), ...p.rows],
        },
        layout: {
          paddingLeft: () => 3,
          paddingRight: () => 3,
          paddingTop: () => 3,
          paddingBottom: () => 3,
          hLineWidth: () => 0.5,
          vLineWidth: () => 0.5,
        },
        fontSize: p.fontSize ?? 12,
        margin: [0, 6, 0, 0],
      },
      { unbreakable: true, stack: p.closing },
    ],
  };
}

export async function tablePaperPdf(p: TablePaper): Promise<Buffer> {
  return renderPdf(tablePaperDefinition(p));
}
