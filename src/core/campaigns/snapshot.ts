/**
 * What a campaign freezes when it is created (the content and the audience), so a bulletin edited or a member moved
 * afterwards changes nothing already queued. The bulletins/meetings side builds it; the sending engine only reads it.
 *
 * Personalisation: `html`, `text` and `subject` hold the markers below, replaced per recipient by the engine
 * (HTML-escaped in `html`). The engine adds the List-Unsubscribe header (mailto with the recipient's token, plus the
 * https form and List-Unsubscribe-Post when the union set an unsubscribe URL) and the Message-ID.
 */
import { AppError } from '../../shared/errors';
import type { FileData } from '../../shared/file-data';

/**
 * An image of the HTML sent as a part of its own (multipart/related), referenced as `<img src="cid:…">`: Gmail and
 * Outlook block data: URLs, and embedded bytes would push the HTML past the 100 KB where Gmail clips a message.
 */
export type InlineImage = FileData & { cid: string };

export const isInlineImage = (f: FileData): f is InlineImage => typeof (f as Partial<InlineImage>).cid === 'string';

/**
 * What the files of one message may weigh before encoding: Gmail and Microsoft 365 refuse a message over about
 * 25 MB as it travels, and base64 makes 4 bytes of every 3.
 */
export const MAX_MESSAGE_FILES_BYTES = 18 * 1024 * 1024;

/** Refuses a campaign whose every message would be refused by the recipients' servers. */
export function checkMessageSize(files: readonly FileData[], limit = MAX_MESSAGE_FILES_BYTES): void {
  const bytes = files.reduce((sum, f) => sum + Buffer.byteLength(f.base64, 'base64'), 0);
  if (bytes <= limit) return;
  const mb = (n: number) => (n / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
  throw new AppError(
    'VALIDATION',
    `Thư quá lớn để gửi: ảnh và tệp đính kèm nặng ${mb(bytes)} MB, quá ${mb(limit)} MB mà máy chủ thư ` +
      'của người nhận chấp nhận. Hãy bớt ảnh hoặc dùng ảnh nhỏ hơn.',
    { bytes, limit },
  );
}

/**
 * The HTML with its cid: images back as data: URLs, for a screen that has no message around it (the app's preview,
 * the archived copy). Never for sending.
 */
export function withDataUrls(html: string, images: readonly FileData[]): string {
  let out = html;
  for (const img of images.filter(isInlineImage))
    out = out.split(`src="cid:${img.cid}"`).join(`src="data:${img.mime};base64,${img.base64}"`);
  return out;
}

export const MARKERS = { name: '%%TEN%%', unit: '%%TO%%', unsubscribe: '%%HUY_DANG_KY%%' } as const;

export interface SnapshotRecipient {
  memberId: string | null;
  email: string;
  name: string;
  unit: string | null;
  /** Per-member token for the unsubscribe link and the mailto line; null for addresses outside the register. */
  unsubscribeToken: string | null;
  /** Files for this recipient only (a meeting invitation's .ics). */
  attachments?: FileData[];
}

export interface SnapshotSkipped {
  memberId: string | null;
  email: string | null;
  name: string;
  reason: 'noEmail' | 'noConsent' | 'unsubscribed' | 'bounced';
}

export interface CampaignSnapshot {
  kind: 'bulletin' | 'invitation';
  sourceId: string;
  subject: string;
  html: string;
  text: string;
  /** Files every recipient gets (the bulletin's PDF). */
  attachments: FileData[];
  /** The images the HTML shows, each once however often it appears; stored with `attachments` (they carry a cid). */
  inlineImages?: InlineImage[];
  recipients: SnapshotRecipient[];
  skipped: SnapshotSkipped[];
}
