/**
 * The seam with the content side: a bulletin and an audience become a CampaignSnapshot (bulletins/snapshot.ts),
 * inside the caller's write transaction so the audience, its tokens and the outbox are one commit. A meeting's
 * invitations (meetings/invitation-mail.ts) only read, so they are built before that transaction.
 */
import type { Knex } from 'knex';
import type { Audience } from '../../shared/bulletins-contract';
import { AppError } from '../../shared/errors';
import { buildBulletinSnapshot } from '../bulletins/snapshot';
import type { Session } from '../session';
import type { CampaignSnapshot } from './snapshot';

export interface SnapshotSource {
  bulletinId?: string;
  meetingId?: string;
  audience?: Audience;
}

/** No audience given: every active member with an email (the skipped ones counted). */
const EVERYONE: Audience = { all: true };

export async function snapshotFor(
  s: Session,
  input: SnapshotSource,
  trx?: Knex.Transaction,
): Promise<CampaignSnapshot> {
  if (!input.bulletinId) throw new AppError('VALIDATION', 'Cần chọn một bản tin hoặc một cuộc họp.');
  return buildBulletinSnapshot(s, input.bulletinId, input.audience ?? EVERYONE, trx);
}
