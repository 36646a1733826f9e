/**
 * The bulletin as a responsive HTML email: a 620 px table layout (a full-width table on a phone), web-safe fonts,
 * every style inlined by juice (Gmail and Outlook drop most <style> rules; the one media query is kept for the
 * clients that honour it). Outlook desktop (Word's engine) ignores max-width: a conditional 620 px table holds the
 * card there. The body is the documents engine's HTML body renderer in its email mode (left-aligned, no first-line
 * indent), its images sent as cid: parts beside the HTML (layout.ts). Markers stay in for the engine to fill.
 */
import { createRequire } from 'node:module';
import type juiceFn from 'juice';
import { type InlineImage, withDataUrls } from '../campaigns/snapshot';
import { esc, htmlBody } from '../documents/render/html-body';
import { pageGeometry } from '../documents/render/layout';
import { type BulletinView, footerLines, greeting, inlineImagesOf, mastheadLine } from './layout';

const WIDTH = 620;
const PAD = 24;
const SANS = 'Arial, Helvetica, sans-serif';
const SERIF = "'Times New Roman', Times, serif";
const BLUE = '#0b4f9c';
/**
 * Line heights in px with Outlook's "exactly" rule: it misreads unitless multiples (html-body.ts says the same).
 * Set on text only: the body's cell has none, since Outlook would crop an image inside it to that height.
 */
const line = (px: number) => `line-height: ${px}px; mso-line-height-rule: exactly;`;

const CSS = `
body { margin: 0; padding: 0; background: #eef1f5; -webkit-text-size-adjust: 100%; }
.outer { width: 100%; background: #eef1f5; border-collapse: collapse; }
.frame { padding: 16px 8px; }
.card { width: 100%; max-width: ${WIDTH}px; background: #ffffff; border-collapse: collapse; }
.mast { background: ${BLUE}; color: #ffffff; padding: 20px ${PAD}px; text-align: center; font-family: ${SANS}; }
.org { font-size: 15px; font-weight: bold; ${line(20)} text-transform: uppercase; letter-spacing: 0.3px; }
.kind { font-size: 19px; font-weight: bold; ${line(26)} padding-top: 8px; }
.main { padding: ${PAD}px ${PAD}px 8px ${PAD}px; font-family: ${SERIF}; color: #1a1a1a; font-size: 16px; }
.title { font-family: ${SANS}; font-size: 22px; ${line(29)} font-weight: bold; color: ${BLUE};
  margin: 0 0 16px 0; text-align: left; }
.greet { font-family: ${SANS}; font-size: 16px; ${line(24)} margin: 0 0 12px 0; }
.foot { padding: 16px ${PAD}px 24px ${PAD}px; font-family: ${SANS}; font-size: 12px; ${line(18)} color: #555555;
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

/** Outlook desktop only (the conditional hides it from the others): 96 dpi, so images keep their size when scaled. */
const MSO_HEAD = `<!--[if mso]>
<noscript><xml><o:OfficeDocumentSettings><o:AllowPNG/><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml></noscript>
<![endif]-->`;
/** Word's engine takes the card's 100% at face value: a fixed 620 px table around it there. */
const MSO_OPEN = `<!--[if mso]><table role="presentation" align="center" width="${WIDTH}" cellpadding="0" cellspacing="0" border="0" style="width:${WIDTH}px;"><tr><td width="${WIDTH}" style="width:${WIDTH}px;"><![endif]-->`;
const MSO_CLOSE = '<!--[if mso]></td></tr></table><![endif]-->';

/** The body's column: the card less its padding, in points (what the engine sizes images by). */
const emailGeometry = () => ({ ...pageGeometry(), contentPt: ((WIDTH - 2 * PAD) * 72) / 96 });

export interface BulletinEmail {
  /** The HTML as sent, markers in, images as `cid:` references. */
  html: string;
  /** The images, each once; sent as parts of the message beside the HTML. */
  inlineImages: InlineImage[];
}

/** The email with the markers in (not yet personalised). */
export function bulletinEmail(v: BulletinView): BulletinEmail {
  const b = v.bulletin;
  const { images, cidOf } = inlineImagesOf(b.body);
  const body = htmlBody(b.body.content, emailGeometry(), {
    mode: 'email',
    imageSrc: (dataUrl) => `cid:${cidOf.get(dataUrl)}`,
  });
  const foot = footerLines(v.orgName).map((l) => `<p>${esc(l)}</p>`);
  if (v.orgAddress) foot.unshift(`<p><b>${esc(v.orgName)}</b> – ${esc(v.orgAddress)}</p>`);
  const html = `<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<title>${esc(`${mastheadLine(b)}: ${b.title}`)}</title>
${MSO_HEAD}
<style>${CSS}</style>
</head>
<body>
<table role="presentation" class="outer" width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
<td class="frame" align="center">
${MSO_OPEN}
<table role="presentation" class="card" width="${WIDTH}" cellpadding="0" cellspacing="0" border="0">
<tr><td class="mast">
${v.orgName ? `<div class="org">${esc(v.orgName)}</div>` : ''}
<div class="kind">${esc(mastheadLine(b))}</div>
</td></tr>
<tr><td class="main">
<h1 class="title">${esc(b.title)}</h1>
<p class="greet">${esc(greeting())}</p>
${body}
</td></tr>
<tr><td class="foot">
${foot.join('\n')}
</td></tr>
</table>
${MSO_CLOSE}
</td></tr></table>
</body>
</html>
`;
  // juice (with cheerio, ~13 MB) is loaded when a bulletin is rendered, not when the core starts: a process that
  // only sends mail never needs it.
  const juice = createRequire(import.meta.url)('juice') as typeof juiceFn;
  const inlined = juice(html, { preserveMediaQueries: true, removeStyleTags: true, applyWidthAttributes: true });
  // An image the engine could not size is left out of the HTML (html-body.ts): its part would be a stray file.
  return { html: inlined, inlineImages: images.filter((img) => inlined.includes(`src="cid:${img.cid}"`)) };
}

/** The email as a screen shows it on its own (the app's preview): the images back in as data: URLs. */
export function bulletinEmailPreview(v: BulletinView): { html: string; sentHtml: string } {
  const { html, inlineImages } = bulletinEmail(v);
  return { html: withDataUrls(html, inlineImages), sentHtml: html };
}
