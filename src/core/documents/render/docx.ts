/**
 * DocumentModel → .docx in the official form. The font is named "Times New Roman" and not embedded (every Word
 * has it; LibreOffice substitutes the metric-identical Liberation Serif). Page numbers sit centred in the top margin
 * from page 2 on: page 1 has its own, empty, header (titlePage). Appendices follow the signature table, each from a
 * new page, in the same section (their pages are numbered on).
 */
import { AlignmentType, Document, Header, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { DocumentModel } from '../../../shared/document-model';
import { bodyChildren, DocxNumbering, spacing } from './docx-body';
import { appendixHeading, masthead, signatureTable, titleBlock } from './docx-official';
import { LAYOUT, mmToTwip, pageGeometry, type RenderOptions } from './layout';
import { docView } from './view';

const FONT = { ascii: LAYOUT.fonts.word, hAnsi: LAYOUT.fonts.word, cs: LAYOUT.fonts.word, eastAsia: LAYOUT.fonts.word };

export async function toDocx(model: DocumentModel, opts: RenderOptions = {}): Promise<Buffer> {
  return Packer.toBuffer(docxDocument(model, opts));
}

/** The docx object tree for a model (what toDocx packs); the benchmark packs it alone to see the library's share. */
export function docxDocument(model: DocumentModel, opts: RenderOptions = {}): Document {
  const v = docView(model);
  const geom = pageGeometry(opts);
  const numbering = new DocxNumbering();
  // Every list (appendices' too) is met before numbering.config() is read below.
  const children = [
    masthead(v, geom),
    ...titleBlock(v),
    ...bodyChildren(v.body.content, geom, numbering),
    signatureTable(v, geom),
    ...v.appendices.flatMap((a) => [...appendixHeading(a), ...bodyChildren(a.body.content, geom, numbering, false)]),
  ];
  const pageNo = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: spacing(1),
    children: [new TextRun({ children: [PageNumber.CURRENT], size: LAYOUT.pageNumber.size * 2 })],
  });
  const doc = new Document({
    creator: 'UnionDesk',
    title: v.isLetter ? v.letterSummary || v.numberLine : [v.title, v.summary].filter(Boolean).join(' '),
    styles: {
      default: {
        document: {
          run: { font: FONT, size: LAYOUT.body.size * 2, color: '000000' },
          paragraph: { spacing: spacing(LAYOUT.lineSpacing, 0, LAYOUT.body.afterPt) },
        },
      },
    },
    numbering: { config: numbering.config() },
    // A line ended by a hard break is not stretched to the margin (pdfmake and the HTML preview do not stretch it).
    compatibility: { doNotExpandShiftReturn: true },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: mmToTwip(LAYOUT.page.widthMm), height: mmToTwip(LAYOUT.page.heightMm) },
            margin: {
              top: mmToTwip(geom.margins.top),
              bottom: mmToTwip(geom.margins.bottom),
              left: mmToTwip(geom.margins.left),
              right: mmToTwip(geom.margins.right),
              header: mmToTwip(LAYOUT.pageNumber.topMm),
              footer: mmToTwip(LAYOUT.pageNumber.topMm),
              gutter: 0,
            },
          },
        },
        headers: { default: new Header({ children: [pageNo] }), first: new Header({ children: [new Paragraph({})] }) },
        children,
      },
    ],
  });
  return doc;
}
