/**
 * The attachments every recipient of a campaign gets (the bulletin's PDF), each built once as a MIME part by
 * nodemailer itself (headers with the RFC 2231 file name, base64 body) and handed to every message as `raw`:
 * 5,000 messages no longer base64-encode the same bytes 5,000 times, the main share of a sending run's garbage.
 */
import MimeNode from 'nodemailer/lib/mime-node';
import type Mail from 'nodemailer/lib/mailer';
import type { FileData } from '../../shared/file-data';
import { decodeAttachments } from './message';
import { isInlineImage } from './snapshot';

export async function prebuiltParts(files: FileData[]): Promise<Mail.Attachment[]> {
  const parent = new MimeNode('multipart/mixed'); // a child part: no Date, Message-ID or MIME-Version of its own
  // Inline images (cid) must stay nodemailer's own attachments: it places them in the multipart/related part beside
  // the HTML, which a raw part cannot ask for. They are small; the PDF is what is worth building once.
  const inline = decodeAttachments(files.filter(isInlineImage));
  const built = await Promise.all(
    files
      .filter((f) => !isInlineImage(f))
      .map(async (f) => {
        const node = parent.createChild(f.mime, { filename: f.fileName });
        node.setHeader('Content-Disposition', 'attachment');
        node.setContent(Buffer.from(f.base64, 'base64'));
        const part = await node.build();
        return { raw: part, contentType: f.mime, filename: f.fileName };
      }),
  );
  return [...built, ...inline];
}
