/**
 * The seam with the content side: a bulletin (or a meeting) and an audience become a CampaignSnapshot.
 * TODO(issue 10): call `buildBulletinSnapshot` from ../bulletins/snapshot once the content helper's work is in
 * main; until then campaigns are created from snapshots built by their callers (createCampaign).
 */
import type { z } from 'zod';
import type { audience } from '../../shared/bulletins-contract';
import { AppError } from '../../shared/errors';
import type { Session } from '../session';
import type { CampaignSnapshot } from './snapshot';

export interface SnapshotSource {
  bulletinId?: string;
  meetingId?: string;
  audience?: z.output<typeof audience>;
}

export async function snapshotFor(s: Session, input: SnapshotSource): Promise<CampaignSnapshot> {
  void s;
  void input;
  throw new AppError('VALIDATION', 'Chưa tạo được đợt gửi từ bản tin: phần soạn bản tin chưa sẵn sàng.');
}
