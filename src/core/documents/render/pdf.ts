/**
 * DocumentModel → PDF (pdfmake 0.3) in the official form, with the bundled Tinos (Times New Roman metrics, full
 * Vietnamese) embedded so it prints the same everywhere. Same layout as the .docx (layout.ts); page numbers centred in
 * the top margin from page 2 on; appendices after the signature, each from a new page.
 */
import type { BlockNode, DocumentModel } from '../../../shared/document-model';
import { closingParagraph } from './body-shared';
import { renderPdf } from '../../pdf/pdf';
import { LAYOUT, lineTwips, mmToPt, pageGeometry, pdfLine, type PageGeometry, type RenderOptions } from './layout';
import { pdfBody } from './pdf-body';
import { appendixHeadingPdf, mastheadPdf, signaturePdf, titlePdf } from './pdf-official';
import { docView } from './view';

/** The proportional extra of one body line: 386 − 322 twips = 3.2 pt at 14 pt and 1.2 lines. */
const LAST_LINE_SLACK = (lineTwips(LAYOUT.lineSpacing, LAYOUT.body.size) - lineTwips(1, LAYOUT.body.size)) / 20;

interface NodeInfo {
  headlineLevel?: number;
}
interface NodeQueries {
  getFollowingNodesOnPage(): unknown[];
}

/**
 * Word keeps a heading with what follows it (keepNext): a heading that would end a page moves to the next one.
 * pdfmake does the same through this hook.
 */
function keepHeadingsWithNext(node: NodeInfo, q: NodeQueries): boolean {
  return !!node.headlineLevel && q.getFollowingNodesOnPage().length === 0;
}

/**
 * The body, then the signature block as one unbreakable block (Word: cantSplit rows kept with the next), which
 * takes the closing paragraph along when the body ends with one (Word: keepNext + keepLines).
 */
function bodyAndSignature(
  content: BlockNode[],
  geom: PageGeometry,
  signature: Record<string, unknown>,
): Record<string, unknown>[] {
  const body = pdfBody(content, geom);
  if (!closingParagraph(content)) return [...body, { stack: [signature], unbreakable: true }];
  return [...body.slice(0, -1), { stack: [body.at(-1)!, signature], unbreakable: true }];
}

export function pdfDocDefinition(model: DocumentModel, opts: RenderOptions = {}): Record<string, unknown> {
  const v = docView(model);
  const geom = pageGeometry(opts);
  const m = geom.margins;
  const [left, right] = [mmToPt(m.left), mmToPt(m.right)];
  return {
    // pdfmake's A4 (595.28 × 841.89 pt, what pdfinfo calls A4), i.e. LAYOUT.page to 0.01 pt.
    pageSize: 'A4',
    pageOrientation: 'portrait',
    // LibreOffice lets the last line on a page reach into the bottom margin by its extra proportional spacing (a
    // line fits when its single-spaced text does); pdfmake needs the whole line box to fit, so its bottom margin is
    // that much smaller. Measured with the system tier: without this, some pages ended one line earlier than in
    // LibreOffice's layout of the same .docx.
    pageMargins: [left, mmToPt(m.top), right, mmToPt(m.bottom) - LAST_LINE_SLACK],
    language: 'vi-VN',
    info: {
      title: v.isLetter ? v.letterSummary || v.numberLine : [v.title, v.summary].filter(Boolean).join(' '),
      author: v.issuer,
      creator: 'UnionDesk',
      producer: 'UnionDesk',
      // The document's own date, not the clock: the same model gives the same file.
      creationDate: new Date(`${model.fields.date}T00:00:00Z`),
    },
    defaultStyle: {
      font: LAYOUT.fonts.pdf,
      fontSize: LAYOUT.body.size,
      lineHeight: pdfLine(LAYOUT.lineSpacing, LAYOUT.body.size),
    },
    // Drawn as the page background rather than pdfmake's `header`: the background is written first, so text
    // extraction and screen readers meet the number before the body, in the order it is seen on paper.
    background: (page: number) =>
      page > 1
        ? {
            text: String(page),
            alignment: 'center',
            fontSize: LAYOUT.pageNumber.size,
            lineHeight: pdfLine(1, LAYOUT.pageNumber.size),
            margin: [left, mmToPt(LAYOUT.pageNumber.topMm), right, 0],
          }
        : null,
    pageBreakBefore: keepHeadingsWithNext,
    content: [
      mastheadPdf(v, geom),
      ...titlePdf(v),
      ...bodyAndSignature(v.body.content, geom, signaturePdf(v, geom)),
      ...v.appendices.flatMap((a) => [...appendixHeadingPdf(a), ...pdfBody(a.body.content, geom)]),
    ],
  };
}

export async function toPdf(model: DocumentModel, opts: RenderOptions = {}): Promise<Buffer> {
  return renderPdf(pdfDocDefinition(model, opts));
}
