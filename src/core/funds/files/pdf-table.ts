/**
 * What the funds papers share: the CĐCS's header with the form's code on the right, a title, a bordered table with
 * money right-aligned ("1.250.000"), and the signature columns (the dues papers' own, so every paper signs alike).
 * Pure: rows in, a pdfmake definition out.
 */
import { upperVi } from '../../../shared/text/format';
import { groupThousands } from '../../../shared/text/money';
import { LAYOUT, mmToPt } from '../../documents/render';
import { signatures, type Node, type PaperOrg, type SignatureColumn } from '../../dues/files/paper';

export type { Node, PaperOrg, SignatureColumn };

export const money = (n: number | null | undefined): string => (n === null || n === undefined ? '' : groupThousands(n));

export interface TableCell {
  text: string;
  align?: 'left' | 'center' | 'right';
  bold?: boolean;
  italics?: boolean;
}

export interface PdfTablePaper {
  org: PaperOrg;
  /** The form's code printed top right ("Mẫu B07-TLĐ"); '' for none. */
  form: string;
  title: string;
  subtitle: string;
  headers: string[];
  widths: (number | '*')[];
  rows: TableCell[][];
  /** Lines under the table (e.g. the total in words). */
  notes: string[];
  signers: SignatureColumn[];
  landscape?: boolean;
  /** YYYY-MM-DD, the paper's date. */
  date: string;
}

export function orgHeader(org: PaperOrg, right: Node[]): Node {
  return {
    columns: [
      {
        width: '*',
        stack: [
          ...(org.upperLevel ? [{ text: upperVi(org.upperLevel), fontSize: 11 }] : []),
          { text: upperVi(org.issuer || 'Công đoàn cơ sở'), bold: true, fontSize: 11 },
        ],
      },
      { width: 200, alignment: 'right', stack: right },
    ],
  };
}

const cellNode = (c: TableCell): Node => ({
  text: c.text,
  alignment: c.align ?? 'left',
  ...(c.bold ? { bold: true } : {}),
  ...(c.italics ? { italics: true } : {}),
});

export function tablePaperDefinition(p: PdfTablePaper): Node {
  return {
    pageSize: 'A4',
    pageOrientation: p.landscape ? 'landscape' : 'portrait',
    pageMargins: [mmToPt(20), mmToPt(15), mmToPt(15), mmToPt(15)],
    language: 'vi-VN',
    info: {
      title: p.title,
      author: p.org.issuer,
      creator: 'UnionDesk',
      producer: 'UnionDesk',
      creationDate: new Date(`${p.date}T00:00:00Z`),
    },
    defaultStyle: { font: LAYOUT.fonts.pdf, fontSize: 11 },
    content: [
      orgHeader(p.org, p.form ? [{ text: p.form, bold: true }] : []),
      { text: p.title, bold: true, fontSize: 14, alignment: 'center', margin: [0, 12, 0, 0] },
      { text: p.subtitle, italics: true, alignment: 'center', margin: [0, 2, 0, 8] },
      {
        table: {
          headerRows: 1,
          widths: p.widths,
          body: [
            p.headers.map((h) => cellNode({ text: h, align: 'center', bold: true })),
            ...p.rows.map((r) => r.map(cellNode)),
          ],
        },
      },
      ...p.notes.map((text) => ({ text, italics: true, margin: [0, 4, 0, 0] })),
      { unbreakable: true, stack: [signatures(p.signers, 48)], fontSize: 10 },
    ],
  };
}
