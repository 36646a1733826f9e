/**
 * The bulletin's images travel inline: each a cid: part beside the HTML (multipart/related), shown where the
 * bulletin has it, with its alt text; the bytes that arrive at a real SMTP server (read with mailparser) are the
 * image's. The preview and the archived copy put them back as data: URLs; the HTML as sent stays small. A bulletin
 * whose messages would pass the 25 MB the big mail services accept is refused before anything is queued.
 */
import { simpleParser, type ParsedMail } from 'mailparser';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkMessageSize, MAX_MESSAGE_FILES_BYTES } from '../../src/core/campaigns/snapshot';
import { configure, sendAndWait, startSmtp, type TestServer } from '../campaigns/helpers';
import { solidPng } from '../documents/fixtures/png';
import type { Register } from '../meetings/helpers';
import { bulletinCore, call } from './helpers';

const PHOTO = solidPng(1200, 600, [30, 90, 160]);
const LOGO = solidPng(120, 120, [220, 160, 20]);
const url = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

let server: TestServer;
let reg: Register;
let bulletinId: string;
beforeAll(async () => {
  server = await startSmtp();
  reg = await bulletinCore();
  await configure(reg.core, server.port);
  const body = {
    type: 'doc',
    content: [
      para('Hội nghị người lao động năm 2026 đã diễn ra thành công.'),
      { type: 'image', attrs: { src: url(PHOTO), alt: 'Toàn cảnh hội nghị' } },
      { type: 'bulletList', content: [{ type: 'listItem', content: [para('Biểu trưng công đoàn:')] }] },
      { type: 'image', attrs: { src: url(LOGO), alt: '' } },
      // The same photo again: one part, referenced twice.
      { type: 'image', attrs: { src: url(PHOTO), alt: 'Toàn cảnh hội nghị' } },
    ],
  };
  bulletinId = (
    await call(reg.core, 'bulletins.create', { title: 'Hội nghị người lao động', date: '2026-12-07', body })
  ).id;
}, 60_000);
afterAll(async () => {
  await reg.core.close();
  await server.close();
});

/** Left to itself mailparser swaps the cid: references for data: URLs; the references are what is checked here. */
const parse = (raw: Buffer) => simpleParser(raw, { keepCidLinks: true });

function checkImages(m: ParsedMail) {
  const html = String(m.html);
  const inline = m.attachments.filter((a) => a.contentDisposition === 'inline');
  expect(inline).toHaveLength(2);
  const photo = inline.find((a) => a.content.equals(PHOTO))!;
  const logo = inline.find((a) => a.content.equals(LOGO))!;
  expect(photo.contentType).toBe('image/png');
  expect(photo.related).toBe(true);
  expect(html.split(`src="cid:${photo.cid}"`)).toHaveLength(3);
  expect(html).toMatch(new RegExp(`<img src="cid:${photo.cid!.replace(/\./g, '\\.')}" alt="Toàn cảnh hội nghị"`));
  expect(html).toMatch(new RegExp(`<img src="cid:${logo.cid!.replace(/\./g, '\\.')}" alt="Hình ảnh"`));
  // Scaled to the card's 572 px column, and down to a phone's width by max-width.
  expect(html).toMatch(/width="572" height="286" style="max-width:100%;height:auto/);
  expect(html).not.toContain('data:image');
  const pdf = m.attachments.find((a) => a.contentType === 'application/pdf')!;
  expect(pdf.contentDisposition).toBe('attachment');
  expect(pdf.content.subarray(0, 5).toString()).toBe('%PDF-');
}

it('sends every image as an inline part the HTML points to, each once', { timeout: 60_000 }, async () => {
  const made = await call(reg.core, 'campaigns.create', { bulletinId, audience: { all: true } });
  expect(await sendAndWait(reg.core, made.id)).toMatchObject({ state: 'finished', sent: made.recipients });
  const raw = server.received.get('an@example.vn')![0];
  const m = await parse(raw);
  expect(m.html).toContain('Nguyễn Văn An');
  checkImages(m);
  // The text part cannot show them: it says where they are.
  expect(m.text).toContain('[Hình ảnh: Toàn cảnh hội nghị – xem tệp PDF đính kèm]');
  expect(raw.toString('latin1')).toMatch(/Content-Type: multipart\/related/i);

  // The archived copy opens on its own: the images back in as data: URLs.
  const archived = await call(reg.core, 'campaigns.archive', { id: made.id, format: 'html' });
  const archivedHtml = Buffer.from(archived.base64, 'base64').toString('utf8');
  expect(archivedHtml).not.toContain('cid:');
  expect(archivedHtml).toContain(url(PHOTO));

  // "Gửi thử" carries them too.
  await call(reg.core, 'mail.test', { to: ['bientap@nhan.vn'], bulletinId });
  checkImages(await parse(server.received.get('bientap@nhan.vn')![0]));
});

it('previews the images as data: URLs while counting the HTML as sent', async () => {
  const f = await call(reg.core, 'bulletins.render', { id: bulletinId, format: 'email' });
  const html = Buffer.from(f.base64, 'base64').toString('utf8');
  expect(html).toContain(`src="${url(PHOTO)}"`);
  expect(html).toContain(`src="${url(LOGO)}"`);
  expect(html).not.toContain('cid:');
  expect(f.bytes).toBe(Buffer.byteLength(html));
  expect(f.sentBytes).toBeLessThan(f.bytes - 2 * url(PHOTO).length);
  expect(f.sentBytes).toBeLessThan(20 * 1024);
});

it('refuses a campaign whose messages the recipients’ servers would refuse for their size', () => {
  const file = (mb: number) => ({
    fileName: 'anh.png',
    mime: 'image/png',
    base64: Buffer.alloc(mb * 1024 * 1024).toString('base64'),
  });
  expect(() => checkMessageSize([file(10), file(8)])).not.toThrow();
  expect(MAX_MESSAGE_FILES_BYTES).toBe(18 * 1024 * 1024);
  let error: unknown;
  try {
    checkMessageSize([file(10), file(8), file(1)]);
  } catch (err) {
    error = err;
  }
  expect(error).toMatchObject({ code: 'VALIDATION' });
  expect((error as Error).message).toBe(
    'Thư quá lớn để gửi: ảnh và tệp đính kèm nặng 19 MB, quá 18 MB mà máy chủ thư của người nhận chấp nhận. ' +
      'Hãy bớt ảnh hoặc dùng ảnh nhỏ hơn.',
  );
});
