/** Turns a document model into a file in one of the four formats (the renderers are loaded on first use). */
import type { DocumentModel } from '../../shared/document-model';
import { docTypeName } from '../../shared/document-model';
import { foldVi } from '../../shared/text/fold';
import { markParsed } from './render/parsed';

export const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
} as const;
export type Format = keyof typeof MIME;

/** `parsed`: the model comes straight out of documentModel.parse (the dispatcher's or the template builder's). */
export async function renderModel(model: DocumentModel, format: Format, parsed = false): Promise<Buffer> {
  if (parsed) markParsed(model);
  const r = await import('./render');
  if (format === 'docx') return r.toDocx(model);
  if (format === 'pdf') return r.toPdf(model);
  if (format === 'html') return Buffer.from(r.toHtml(model), 'utf8');
  return Buffer.from(r.toText(model), 'utf8');
}

/** "bien-ban-07-bb-cdcs-2026-02-05.docx": readable, ASCII-only (Zalo and some mail clients mangle Vietnamese names). */
export function fileNameFor(model: DocumentModel, format: Format): string {
  const f = model.fields;
  const parts = [
    docTypeName(f.type),
    f.number === null ? 'du-thao' : `${String(f.number).padStart(2, '0')}-${f.type}-${f.issuerCode}`,
    f.date,
  ];
  const slug = foldVi(parts.join(' '))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug}.${format}`;
}
