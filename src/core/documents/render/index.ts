/**
 * The document renderers: one model (src/shared/document-model.ts), one layout (layout.ts), four pure outputs.
 * toDocx and toPdf return file bytes; toHtml a standalone page; toHtmlFragment the page <div>; toText plain text.
 */
export { toPdf, pdfDocDefinition } from './pdf';
export { toHtml, toHtmlFragment } from './html';
export { toText } from './text';
export { docView, recipientLines, type DocView } from './view';
export {
  LAYOUT,
  DEFAULT_MARGINS,
  MARGIN_RANGES,
  mmToPt,
  mmToTwip,
  pageGeometry,
  type MarginsMm,
  type RenderOptions,
} from './layout';

/** The docx library (~11 MB of memory) loads when a .docx is made, not whenever the core starts. */
export async function toDocx(...args: Parameters<typeof import('./docx').toDocx>): Promise<Buffer> {
  return (await import('./docx')).toDocx(...args);
}
