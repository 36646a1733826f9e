import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlBody } from '../../src/core/documents/render/html-body';
import { pageGeometry } from '../../src/core/documents/render/layout';
import { ROOT } from '../e2e/helpers';
import { tempDir } from '../helpers/core';
import type { Register } from '../meetings/helpers';
import { bulletinCore, call, SAMPLE_MD } from './helpers';
import { longBody, PNG } from './long-bulletin';

let reg: Register;
let longId: string;
let dir: string;
beforeAll(async () => {
  reg = await bulletinCore();
  dir = tempDir('ud-bulletin-');
  longId = (
    await call(reg.core, 'bulletins.create', {
      title: 'Tổng kết hoạt động công đoàn năm 2026',
      date: '2026-12-07',
      issueNumber: 5,
      body: longBody(),
    })
  ).id;
}, 60_000);
afterAll(async () => reg.core.close());

const render = async (id: string, format: 'email' | 'text' | 'pdf') => {
  const f = await call(reg.core, 'bulletins.render', { id, format });
  return { ...f, buf: Buffer.from(f.base64, 'base64') };
};
const snapshot = (bulletinId: string) => call(reg.core, 'probe.snapshot', { bulletinId, audience: { all: true } });

function pdfText(buf: Buffer, name: string): { text: string; pages: number } {
  const file = path.join(dir, name);
  fs.writeFileSync(file, buf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) };
}

describe('bulletin renderings', () => {
  it('keeps the email of a ten-page bulletin under 100 KB, its image a cid: part beside it', async () => {
    const snap = await snapshot(longId);
    const bytes = Buffer.byteLength(snap.html, 'utf8');
    const pdfBytes = Buffer.from(snap.attachments[0].base64, 'base64');
    const pdf = pdfText(pdfBytes, 'long.pdf');
    // Kept beside the email screenshots, to be looked at.
    fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
    fs.writeFileSync(path.join(ROOT, 'test-results', 'bulletin-long.pdf'), pdfBytes);
    console.info(`10-page bulletin: email ${bytes} B, text ${Buffer.byteLength(snap.text)} B, PDF ${pdf.pages} pages`);
    expect(pdf.pages).toBeGreaterThanOrEqual(10);
    expect(bytes).toBeLessThan(100 * 1024);
    expect(snap.html).not.toContain('data:image');
    expect(snap.html).not.toContain('xem tệp PDF');
    expect(snap.inlineImages).toHaveLength(1);
    const [img] = snap.inlineImages;
    expect(img).toMatchObject({ fileName: 'anh-1.png', mime: 'image/png', base64: PNG.split(',')[1] });
    expect(img.cid).toMatch(/^anh-1\.[0-9a-f]{16}@uniondesk$/);
    const tag = new RegExp(`<img src="cid:${img.cid.replace(/\./g, '\\.')}"[^>]*>`).exec(snap.html)?.[0];
    expect(tag).toContain('alt="Ảnh hội nghị"');
    expect(tag).toContain('width="400"');
    expect(tag).toMatch(/max-width: ?100%/);
    // Every style inlined (juice); only the phone media query stays in a <style> block, for the classes kept
    // (the other one is Outlook's, inside its conditional comment).
    expect(snap.html).toMatch(/class="card"[^>]*style="[^"]*max-width: 620px/);
    expect(snap.html).toMatch(/class="mast" style="[^"]*background: #0b4f9c/);
    expect(snap.html.replace(/<!--\[if mso\]>[\s\S]*?<!\[endif\]-->/g, '').match(/<style[\s>]/g)).toHaveLength(1);
    expect(snap.html).toMatch(/<style>\s*@media only screen and \(max-width: 480px\)/);
  });

  it('reads on a phone: left-aligned paragraphs, no first-line indent; the printed HTML keeps both', async () => {
    const { id } = await call(reg.core, 'bulletins.create', { markdown: SAMPLE_MD.replace('issue: 5', 'issue: 7') });
    const html = (await snapshot(id)).html;
    const body = html.slice(html.indexOf('class="greet"'), html.indexOf('class="foot"'));
    const paragraphs = body.match(/<(p|h[2-4]) style="[^"]*"/g)!;
    expect(paragraphs.length).toBeGreaterThan(4);
    for (const p of paragraphs) {
      expect(p).not.toMatch(/text-align: ?justify/);
      expect(p).not.toMatch(/text-indent: ?10mm/);
    }
    expect(body).toMatch(/<p style="[^"]*text-align: ?left[^"]*">Ban Chấp hành/);
    // The documents engine's own HTML (the printed form's preview) is untouched by the email mode.
    const printed = htmlBody([{ type: 'paragraph', content: [{ type: 'text', text: 'Đoạn văn.' }] }], pageGeometry());
    expect(printed).toMatch(/text-align:justify;text-indent:10mm/);
    expect(printed).not.toContain('mso-');
  });

  it('holds the card at 620 px in Outlook desktop: balanced MSO conditionals, exact line heights', async () => {
    const html = (await snapshot(longId)).html;
    expect(html).toMatch(/<html [^>]*xmlns:v="urn:schemas-microsoft-com:vml"/);
    expect(html).toMatch(/<html [^>]*xmlns:o="urn:schemas-microsoft-com:office:office"/);
    const opens = [...html.matchAll(/<!--\[if mso\]>/g)].map((m) => m.index);
    const closes = [...html.matchAll(/<!\[endif\]-->/g)].map((m) => m.index);
    expect(opens).toHaveLength(3);
    expect(closes).toHaveLength(3);
    // Each opens before it closes and before the next opens: none nested, none left open.
    opens.forEach((o, i) => {
      expect(o).toBeLessThan(closes[i]);
      if (i + 1 < opens.length) expect(closes[i]).toBeLessThan(opens[i + 1]);
    });
    const blocks = opens.map((o, i) => html.slice(o, closes[i]));
    expect(blocks[0]).toContain('<o:PixelsPerInch>96</o:PixelsPerInch>');
    expect(blocks[0]).not.toContain('<style');
    expect(blocks[1]).toMatch(/<table role="presentation" align="center" width="620"[^>]*><tr><td width="620"/);
    expect(blocks[2]).toBe('<!--[if mso]></td></tr></table>');
    // The card sits between Outlook's opening and closing wrapper.
    const card = html.indexOf('class="card"');
    expect(card).toBeGreaterThan(closes[1]);
    expect(card).toBeLessThan(opens[2]);
    // Word's engine misreads unitless line heights: every body paragraph has points and the exact rule.
    const body = html.slice(html.indexOf('class="greet"'), html.indexOf('class="foot"'));
    for (const p of body.match(/<p style="[^"]*"/g)!)
      expect(p).toMatch(/line-height: ?[\d.]+pt;mso-line-height-rule: ?exactly/);
    expect(html).toMatch(/class="greet" style="[^"]*line-height: 24px; mso-line-height-rule: exactly/);
    // …but not around an image: Outlook would crop it to one line.
    expect(html).not.toMatch(/class="main" style="[^"]*line-height/);
    expect(html).toMatch(/<div style="text-align:center;margin:0 0 6pt 0"><img src="cid:/);
  });

  it('sends no part for an image it cannot show', async () => {
    const image = (src: string) => ({ type: 'image', attrs: { src, alt: 'Ảnh' } });
    const { id } = await call(reg.core, 'bulletins.create', {
      title: 'Ảnh hỏng',
      date: '2026-12-09',
      body: { type: 'doc', content: [image('data:image/png;base64,AAAA'), image(PNG)] },
    });
    const snap = await snapshot(id);
    expect(snap.inlineImages.map((i: { base64: string }) => i.base64)).toEqual([PNG.split(',')[1]]);
    expect(snap.html.match(/<img /g)).toHaveLength(1);
  });

  it('has the masthead, greeting and footer markers in the email and the text part', async () => {
    const { id } = await call(reg.core, 'bulletins.create', { markdown: SAMPLE_MD.replace('issue: 5', 'issue: 6') });
    const snap = await snapshot(id);
    for (const part of [snap.html, snap.text]) {
      expect(part).toContain('BẢN TIN NỘI BỘ – Số 06 – 07/12/2026');
      expect(part).toContain('Kính gửi đồng chí %%TEN%%,');
      expect(part).toContain('Để ngừng nhận bản tin');
      expect(part).toContain('%%HUY_DANG_KY%%');
      expect(part.normalize('NFC')).toBe(part);
    }
    expect(snap.html).toContain('Công đoàn cơ sở Công ty TNHH Thử Nghiệm');
    expect(snap.text).toContain('CÔNG ĐOÀN CƠ SỞ CÔNG TY TNHH THỬ NGHIỆM');
    expect(snap.html).toContain('<b>kế hoạch</b>');
    expect(snap.text).toContain('Ban Chấp hành Công đoàn cơ sở thông báo kế hoạch chăm lo Tết');
    expect(snap.text).toContain('- Tặng quà 500.000 đồng mỗi suất.');
    expect(snap.text).toContain('Tổ may | 12');
    expect(snap.text).not.toMatch(/<[a-z]/);
  });

  it('renders the text and the PDF (read back with pdftotext) and the email as sent to a sample member', async () => {
    const text = await render(longId, 'text');
    expect(text).toMatchObject({ fileName: 'Ban-tin-so-05.txt', bytes: text.buf.length });
    expect(text.buf.toString()).toContain('Kính gửi đồng chí Nguyễn Văn A,');
    const email = await render(longId, 'email');
    expect(email.mime).toContain('text/html');
    expect(email.buf.toString()).not.toContain('%%');
    const pdf = await render(longId, 'pdf');
    expect(pdf.fileName).toBe('Ban-tin-so-05.pdf');
    const { text: read } = pdfText(pdf.buf, 'render.pdf');
    const flat = read.replace(/\s+/g, ' ');
    expect(flat).toContain('BẢN TIN NỘI BỘ');
    expect(flat).toContain('Số 05 – 07/12/2026');
    expect(flat).toContain('CÔNG ĐOÀN CƠ SỞ CÔNG TY TNHH THỬ NGHIỆM');
    expect(flat).toContain('Tổng kết hoạt động công đoàn năm 2026');
    expect(flat).toContain('Phần 10. Hoạt động của các tổ công đoàn');
    expect(flat).toContain('Trang 2/');
    expect(flat).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('prints a title and body with <script> and Markdown characters as text', async () => {
    const title = '<script>alert("x")</script> **Đậm** & _nghiêng_ #1';
    const { id } = await call(reg.core, 'bulletins.create', {
      title,
      date: '2019-11-01',
      body: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: '<img src=x onerror=alert(1)> a < b' }] }],
      },
    });
    const snap = await snapshot(id);
    expect(snap.subject).toBe(`Bản tin số 01: ${title}`);
    expect(snap.html).not.toContain('<script');
    expect(snap.html).not.toContain('<img');
    expect(snap.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; **Đậm** &amp; _nghiêng_ #1');
    expect(snap.html).toContain('&lt;img src=x onerror=alert(1)&gt; a &lt; b');
    expect(snap.text).toContain(title);
    // Markdown in the body file stays text too: markdown-it's HTML is off in the documents engine.
    const md = await call(reg.core, 'bulletins.create', {
      markdown: '---\ntitle: "<b>x</b>"\ndate: 2026-10-01\n---\n<script>alert(1)</script>\n',
    });
    const html = (await snapshot(md.id)).html;
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});
