/** The plain-text alternative: masthead, title, greeting, the body as the documents engine writes it, footer. */
import { bodyText } from '../documents/render/text';
import { type BulletinView, footerLines, greeting, mastheadLine, PDF_NOTE, withoutImages } from './layout';

export function bulletinText(v: BulletinView): string {
  const b = v.bulletin;
  const { body, images } = withoutImages(b.body);
  const rule = '-'.repeat(60);
  const out = [
    ...(v.orgName ? [v.orgName.toUpperCase()] : []),
    mastheadLine(b),
    rule,
    '',
    b.title,
    '',
    greeting(),
    '',
    // A blank line between blocks: in a mail reader the paragraphs would otherwise run together.
    ...body.content.flatMap((node) => [...bodyText([node]), '']),
    ...(images ? [PDF_NOTE, ''] : []),
    rule,
    ...(v.orgAddress ? [`${v.orgName} – ${v.orgAddress}`] : []),
    ...footerLines(v.orgName),
    '',
  ];
  return out.join('\n');
}
