/**
 * A bulletin campaign's snapshot (campaigns/snapshot.ts): the subject, the HTML and text with the markers, the PDF
 * every recipient gets, the images the HTML shows (inline parts), and the audience resolved now (recipients with
 * their unsubscribe tokens, made on first need in the same transaction; those skipped, with the reason). Called by
 * `campaigns.create` inside its write.
 */
import type { Knex } from 'knex';
import type { Audience } from '../../shared/bulletins-contract';
import { type CampaignSnapshot, checkMessageSize } from '../campaigns/snapshot';
import { getOrg } from '../org/org';
import type { Session } from '../session';
import { resolveAudience } from './audience';
import { type BulletinView, pdfNameOf, subjectOf } from './layout';
import { bulletinEmail } from './render-email';
import { bulletinPdf } from './render-pdf';
import { bulletinText } from './render-text';
import { getBulletin } from './store';
import { ensureTokens } from './suppressions';

type Db = Knex | Knex.Transaction;

export async function bulletinView(db: Db, id: string): Promise<BulletinView> {
  const bulletin = await getBulletin(db, id);
  const { profile } = await getOrg(db as Knex);
  return { bulletin, orgName: profile?.name ?? '', orgAddress: profile?.address ?? '' };
}

export async function buildBulletinSnapshot(
  s: Session,
  bulletinId: string,
  audience: Audience,
  /** The caller's open write transaction, if it has one (SQLite has one writer: a second would wait forever). */
  outer?: Knex.Transaction,
): Promise<CampaignSnapshot> {
  const v = await bulletinView(outer ?? s.db, bulletinId);
  const pdf = await bulletinPdf(v);
  const email = bulletinEmail(v);
  const files = [{ fileName: pdfNameOf(v.bulletin), mime: 'application/pdf', base64: pdf.toString('base64') }];
  checkMessageSize([...files, ...email.inlineImages]);
  const inTrx = <T>(work: (trx: Knex.Transaction) => Promise<T>) => (outer ? work(outer) : s.db.transaction(work));
  const { recipients, skipped } = await inTrx(async (trx) => {
    const resolved = await resolveAudience(trx, audience);
    const missing = resolved.recipients.filter((r) => r.memberId && !r.unsubscribeToken).map((r) => r.memberId!);
    if (missing.length) {
      const tokens = await ensureTokens(trx, s.record, missing);
      for (const r of resolved.recipients)
        if (r.memberId && !r.unsubscribeToken) r.unsubscribeToken = tokens.get(r.memberId)!;
    }
    return resolved;
  });
  return {
    kind: 'bulletin',
    sourceId: v.bulletin.id,
    subject: subjectOf(v.bulletin),
    html: email.html,
    text: bulletinText(v),
    attachments: files,
    inlineImages: email.inlineImages,
    recipients,
    skipped,
  };
}
