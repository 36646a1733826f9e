/**
 * One message for one recipient: the snapshot's markers replaced (HTML-escaped in the HTML), the Message-ID built
 * from the campaign and the recipient, and exactly one List-Unsubscribe header (a nested array in nodemailer's
 * `list.unsubscribe` gives one header; a plain array gives two). nodemailer encodes the Vietnamese subject and
 * attachment names (RFC 2047 / RFC 2231).
 */
import type Mail from 'nodemailer/lib/mailer';
import type { SmtpConfig } from '../../shared/mail-contract';
import type { FileData } from '../../shared/file-data';
import { isInlineImage, MARKERS, type InlineImage } from './snapshot';

export interface MessageContent {
  subject: string;
  html: string;
  text: string;
  /** Stored campaigns keep their inline images here too (each with its cid). */
  attachments: FileData[];
  inlineImages?: InlineImage[];
}

export interface MessageRecipient {
  id: string;
  email: string;
  name: string;
  unit: string | null;
  token: string | null;
  attachments?: FileData[] | null;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const fromDomain = (from: string) => from.slice(from.lastIndexOf('@') + 1);

function unsubscribeLinks(config: SmtpConfig, token: string | null): { mailto: string; https: string | null } {
  const subject = token ? `unsubscribe ${token}` : 'unsubscribe';
  const mailto = `mailto:${config.from}?subject=${encodeURIComponent(subject)}`;
  if (!config.unsubscribeUrl) return { mailto, https: null };
  const url = new URL(config.unsubscribeUrl);
  if (token) url.searchParams.set('token', token);
  return { mailto, https: url.toString() };
}

const MARKER_PATTERN = new RegExp(
  Object.values(MARKERS)
    .map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'g',
);

/** One pass over the text (a 70 KB bulletin is copied once per recipient, not once per marker). */
function personalise(text: string, values: Record<string, string>, escape: boolean): string {
  return text.replace(MARKER_PATTERN, (marker) => (escape ? escapeHtml(values[marker]) : values[marker]));
}

/** A file with a cid goes inline: nodemailer puts it beside the HTML in a multipart/related part. */
const toAttachment = (f: FileData): Mail.Attachment => ({
  filename: f.fileName,
  contentType: f.mime,
  content: Buffer.from(f.base64, 'base64'),
  ...(isInlineImage(f) ? { cid: f.cid, contentDisposition: 'inline' as const } : {}),
});

const allFiles = (content: MessageContent) => [...content.attachments, ...(content.inlineImages ?? [])];

export function buildMessage(
  config: SmtpConfig,
  campaignId: string,
  content: MessageContent,
  r: MessageRecipient,
  /** Attachments already decoded (shared by every message of a campaign). */
  shared?: Mail.Attachment[],
): Mail.Options {
  const links = unsubscribeLinks(config, r.token);
  const values = {
    [MARKERS.name]: r.name,
    [MARKERS.unit]: r.unit ?? '',
    [MARKERS.unsubscribe]: links.https ?? links.mailto.replace(/^mailto:/, ''),
  };
  const headers: Record<string, string> = {};
  if (links.https) headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  return {
    from: { name: config.fromName ?? '', address: config.from },
    replyTo: config.replyTo ?? undefined,
    to: { name: r.name, address: r.email },
    subject: personalise(content.subject, values, false),
    html: personalise(content.html, values, true),
    text: personalise(content.text, values, false),
    messageId: `<${campaignId}.${r.id}@${fromDomain(config.from)}>`,
    list: { unsubscribe: [links.https ? [links.https, links.mailto] : [links.mailto]] },
    headers,
    attachments: [...(shared ?? allFiles(content).map(toAttachment)), ...(r.attachments ?? []).map(toAttachment)],
  };
}

export const decodeAttachments = (files: FileData[]) => files.map(toAttachment);
