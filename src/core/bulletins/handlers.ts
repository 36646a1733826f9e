import type { HandlerMap } from '../context';
import { MARKERS } from '../campaigns/snapshot';
import { countAudience, resolveAudience } from './audience';
import { pdfNameOf } from './layout';
import { bulletinEmailPreview } from './render-email';
import { bulletinPdf } from './render-pdf';
import { bulletinText } from './render-text';
import { bulletinView } from './snapshot';
import { issueLabel } from './store';
import { createBulletin, deleteBulletin, getBulletin, listBulletins, updateBulletin } from './store';
import { importReplies } from './replies';
import { listSuppressed, resubscribe, unsubscribe } from './suppressions';

type Names =
  | 'bulletins.create'
  | 'bulletins.update'
  | 'bulletins.get'
  | 'bulletins.list'
  | 'bulletins.delete'
  | 'bulletins.render'
  | 'audiences.count'
  | 'audiences.unsubscribe'
  | 'audiences.resubscribe'
  | 'audiences.importReplies'
  | 'audiences.suppressed';

/** The preview "as sent": a sample member's name and group, and what the unsubscribe marker becomes. */
const SAMPLE = { name: 'Nguyễn Văn A', unit: 'Tổ công đoàn', unsubscribe: 'mailto:…?subject=Hủy đăng ký' };
const fill = (s: string) =>
  s
    .replaceAll(MARKERS.name, SAMPLE.name)
    .replaceAll(MARKERS.unit, SAMPLE.unit)
    .replaceAll(MARKERS.unsubscribe, SAMPLE.unsubscribe);

const file = (fileName: string, mime: string, bytes: Buffer) => ({
  fileName,
  mime,
  base64: bytes.toString('base64'),
  bytes: bytes.length,
});

export const bulletinHandlers: HandlerMap<Names> = {
  'bulletins.create': async (input, ctx) => ({ id: await createBulletin(ctx.session(), input) }),
  'bulletins.update': async (input, ctx) => updateBulletin(ctx.session(), input),
  'bulletins.get': async ({ id }, ctx) => getBulletin(ctx.session().db, id),
  'bulletins.list': async ({ year }, ctx) => listBulletins(ctx.session().db, year),
  'bulletins.delete': async ({ id }, ctx) => (await deleteBulletin(ctx.session(), id), { ok: true }),
  'bulletins.render': async ({ id, format }, ctx) => {
    const v = await bulletinView(ctx.session().db, id);
    const base = `Ban-tin-so-${issueLabel(v.bulletin.issueNumber)}`;
    if (format === 'pdf') return file(pdfNameOf(v.bulletin), 'application/pdf', await bulletinPdf(v));
    if (format === 'text') return file(`${base}.txt`, 'text/plain; charset=utf-8', Buffer.from(fill(bulletinText(v))));
    // Its images as data: URLs (a file or a frame has no message parts to point to); sentBytes without them.
    const email = bulletinEmailPreview(v);
    const sentBytes = Buffer.byteLength(fill(email.sentHtml), 'utf8');
    return { ...file(`${base}.html`, 'text/html; charset=utf-8', Buffer.from(fill(email.html))), sentBytes };
  },
  'audiences.count': async ({ audience }, ctx) => countAudience(await resolveAudience(ctx.session().db, audience)),
  'audiences.unsubscribe': async ({ email, reason }, ctx) => unsubscribe(ctx.session(), email, reason),
  'audiences.resubscribe': async ({ email }, ctx) => resubscribe(ctx.session(), email),
  'audiences.importReplies': async ({ files }, ctx) => importReplies(ctx.session(), files),
  'audiences.suppressed': async (_input, ctx) => listSuppressed(ctx.session().db),
};
