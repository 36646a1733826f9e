/**
 * What every rendering of a bulletin shares: the masthead lines, the greeting and the footer line with the
 * personalisation markers (campaigns/snapshot.ts), the body's images as the email's inline parts, and the body
 * without its images for the plain-text part.
 */
import { createHash } from 'node:crypto';
import type { Bulletin } from '../../shared/bulletins-contract';
import type { BlockNode, DocBody } from '../../shared/document-model';
import { formatDateVi } from '../../shared/text/format';
import { type InlineImage, MARKERS } from '../campaigns/snapshot';
import { issueLabel } from './store';

export interface BulletinView {
  bulletin: Bulletin;
  /** The union's name from the org profile ("" when the profile is not filled in yet). */
  orgName: string;
  orgAddress: string;
}

export const KIND_LINE = 'BẢN TIN NỘI BỘ';
/** "BẢN TIN NỘI BỘ – Số 05 – 07/12/2026" */
export const mastheadLine = (b: Bulletin) => `${KIND_LINE} – Số ${issueLabel(b.issueNumber)} – ${formatDateVi(b.date)}`;
export const issueLine = (b: Bulletin) => `Số ${issueLabel(b.issueNumber)} – ${formatDateVi(b.date)}`;
export const subjectOf = (b: Bulletin) => `Bản tin số ${issueLabel(b.issueNumber)}: ${b.title}`;
export const pdfNameOf = (b: Bulletin) => `Ban-tin-so-${issueLabel(b.issueNumber)}.pdf`;

export const greeting = () => `Kính gửi đồng chí ${MARKERS.name},`;
export const footerLines = (orgName: string) => [
  `Đồng chí nhận được bản tin này vì là đoàn viên${orgName ? ` ${orgName}` : ''} đã đăng ký nhận tin qua email.`,
  `Để ngừng nhận bản tin, đồng chí trả lời thư này với nội dung “Hủy đăng ký” hoặc dùng: ${MARKERS.unsubscribe}`,
];
export const PDF_NOTE = 'Bản tin đầy đủ (có hình ảnh) ở tệp PDF đính kèm.';

const imageNote = (alt: string | null | undefined): BlockNode => ({
  type: 'paragraph',
  attrs: { textAlign: 'center' },
  content: [
    { type: 'text', text: `[Hình ảnh${alt ? `: ${alt}` : ''} – xem tệp PDF đính kèm]`, marks: [{ type: 'italic' }] },
  ],
});

/**
 * The body with each image replaced by a note pointing to the PDF: the plain-text part, which has no images
 * (the HTML part sends them as cid: parts, inlineImagesOf).
 */
export function withoutImages(body: DocBody): { body: DocBody; images: number } {
  let images = 0;
  const strip = (node: BlockNode): BlockNode => {
    if (node.type === 'image') {
      images++;
      return imageNote(node.attrs.alt);
    }
    const inner = (node as { content?: unknown[] }).content;
    if (!Array.isArray(inner) || node.type === 'paragraph' || node.type === 'heading') return node;
    return { ...node, content: inner.map((c) => stripAny(c)) } as BlockNode;
  };
  // List items and table rows/cells hold blocks one level further down.
  const stripAny = (n: unknown): unknown => {
    const x = n as { type: string; content?: unknown[] };
    if (x.type === 'listItem' || x.type === 'tableRow' || x.type === 'tableCell' || x.type === 'tableHeader')
      return { ...x, content: (x.content ?? []).map(stripAny) };
    return strip(x as BlockNode);
  };
  return { body: { ...body, content: body.content.map(strip) }, images };
}

/** Every image src (data: URL) of a body, in reading order: list items and table cells included. */
function imageSources(nodes: readonly unknown[], out: string[] = []): string[] {
  for (const n of nodes) {
    const x = n as { type: string; attrs?: { src?: string }; content?: unknown[] };
    if (x.type === 'image' && x.attrs?.src) out.push(x.attrs.src);
    else if (Array.isArray(x.content)) imageSources(x.content, out);
  }
  return out;
}

const DATA_URL = /^data:(image\/(png|jpeg));base64,(.*)$/;

/**
 * The body's images as the email's inline parts, each once however often it appears: its Content-ID made from its
 * bytes (the same image keeps its cid from one rendering to the next, and no two images share one).
 */
export function inlineImagesOf(body: DocBody): { images: InlineImage[]; cidOf: Map<string, string> } {
  const cidOf = new Map<string, string>();
  const images: InlineImage[] = [];
  for (const src of imageSources(body.content)) {
    const m = DATA_URL.exec(src);
    if (!m || cidOf.has(src)) continue;
    const n = images.length + 1;
    const hash = createHash('sha256').update(m[3]).digest('hex').slice(0, 16);
    const cid = `anh-${n}.${hash}@uniondesk`;
    cidOf.set(src, cid);
    images.push({ cid, fileName: `anh-${n}.${m[2] === 'jpeg' ? 'jpg' : 'png'}`, mime: m[1], base64: m[3] });
  }
  return { images, cidOf };
}
