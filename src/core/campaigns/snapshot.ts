/**
 * What a campaign freezes when it is created (the content and the audience), so a bulletin edited or a member moved
 * afterwards changes nothing already queued. The bulletins/meetings side builds it; the sending engine only reads it.
 *
 * Personalisation: `html`, `text` and `subject` hold the markers below, replaced per recipient by the engine
 * (HTML-escaped in `html`). The engine adds the List-Unsubscribe header (mailto with the recipient's token, plus the
 * https form and List-Unsubscribe-Post when the union set an unsubscribe URL) and the Message-ID.
 */
import type { FileData } from '../../shared/file-data';

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
  recipients: SnapshotRecipient[];
  skipped: SnapshotSkipped[];
}
