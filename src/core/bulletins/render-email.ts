/**
 * The bulletin as a responsive HTML email: a 620 px table layout (a full-width table on a phone), web-safe fonts,
 * every style inlined by juice (Gmail and Outlook drop most <style> rules; the one media query is kept for the
 * clients that honour it). The body is the documents engine's HTML body renderer (html-body.ts), images left out
 * (layout.ts says why). Markers stay in for the sending engine to fill per recipient.
 */
import { createRequire } from 'node:module';
import type juiceFn from 'juice';
import { esc, htmlBody } from '../documents/render/html-body';
import { pageGeometry } from '../documents/render/layout';
import { type BulletinView, footerLines, greeting, mastheadLine, PDF_NOTE, withoutImages } from './layout';

const WIDTH = 620;
const SANS = 'Arial, Helvetica, sans-serif';
const SERIF = "'Times New Roman', Times, serif";
const BLUE = '#0b4f9c';

const CSS = `
body { margin: 0; padding: 0; background: #eef1f5; -webkit-text-size-adjust: 100%; }
.outer { width: 100%; background: #eef1f5; border-collapse: collapse; }
.frame { padding: 16px 8px; }
.card { width: 100%; max-width: ${WIDTH}px; background: #ffffff; border-collapse: collapse; }
.mast { background: ${BLUE}; color: #ffffff; padding: 20px 24px; text-align: center; font-family: ${SANS}; }
.org { font-size: 15px; font-weight: bold; line-height: 1.35; text-transform: uppercase; letter-spacing: 0.3px; }
.kind { font-size: 19px; font-weight: bold; line-height: 1.35; padding-top: 8px; }
.main { padding: 24px 24px 8px 24px; font-family: ${SERIF}; color: #1a1a1a; font-size: 16px; line-height: 1.5; }
.title { font-family: ${SANS}; font-size: 22px; line-height: 1.3; font-weight: bold; color: ${BLUE};
  margin: 0 0 16px 0; text-align: left; }
.greet { font-family: ${SANS}; font-size: 16px; margin: 0 0 12px 0; }
.note { font-family: ${SANS}; font-size: 13px; color: #555555; margin: 16px 0 0 0; font-style: italic; }
.foot { padding: 16px 24px 24px 24px; font-family: ${SANS}; font-size: 12px; line-height: 1.5; color: #555555;
  border-top: 1px solid #dde3ea; }
.foot p { margin: 0 0 6px 0; }
@media only screen and (max-width: 480px) {
  .frame { padding: 0 !important; }
  .mast { padding: 16px 12px !important; }
  .kind { font-size: 17px !important; }
  .main { padding: 16px 12px 4px 12px !important; }
  .foot { padding: 12px 12px 16px 12px !important; }
}
`;

/**
 * The engine's body, its headings without the first-line indent of the printed form (on a phone an indented
 * heading reads as a stray paragraph); paragraphs keep theirs.
 */
const emailBody = (content: Parameters<typeof htmlBody>[0]) =>
  htmlBody(content, pageGeometry()).replace(/(<h[2-4] style="[^"]*?text-indent:)[0-9.]+mm/g, '$10');

/** The email HTML with the markers in (not yet personalised). */
export function bulletinEmailHtml(v: BulletinView): string {
  const b = v.bulletin;
  const { body, images } = withoutImages(b.body);
  const foot = footerLines(v.orgName).map((l) => `<p>${esc(l)}</p>`);
  if (v.orgAddress) foot.unshift(`<p><b>${esc(v.orgName)}</b> – ${esc(v.orgAddress)}</p>`);
  const html = `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<title>${esc(`${mastheadLine(b)}: ${b.title}`)}</title>
<style>${CSS}</style>
</head>
<body>
<table role="presentation" class="outer" width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
<td class="frame" align="center">
<table role="presentation" class="card" width="${WIDTH}" cellpadding="0" cellspacing="0" border="0">
<tr><td class="mast">
${v.orgName ? `<div class="org">${esc(v.orgName)}</div>` : ''}
<div class="kind">${esc(mastheadLine(b))}</div>
</td></tr>
<tr><td class="main">
<h1 class="title">${esc(b.title)}</h1>
<p class="greet">${esc(greeting())}</p>
${emailBody(body.content)}
${images ? `<p class="note">${esc(PDF_NOTE)}</p>` : ''}
</td></tr>
<tr><td class="foot">
${foot.join('\n')}
</td></tr>
</table>
</td></tr></table>
</body>
</html>
`;
  // juice (with cheerio, ~13 MB) is loaded when a bulletin is rendered, not when the core starts: a process that
  // only sends mail never needs it.
  const juice = createRequire(import.meta.url)('juice') as typeof juiceFn;
  return juice(html, { preserveMediaQueries: true, removeStyleTags: true, applyWidthAttributes: true });
}
