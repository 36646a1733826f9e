/** The audience picker's state ↔ the contract's Audience, and the skipped reasons as one Vietnamese line. */
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { SKIP_REASONS, type Audience, type audienceCount } from '../../shared/bulletins-contract';

export interface AudienceState {
  all: boolean;
  bch: boolean;
  unitIds: string[];
  positions: string[];
  /** Tags of the register (members carrying any of them). */
  tags: string[];
  memberIds: string[];
  /** As typed: one address per line (or separated by commas). */
  external: string;
}

export const EMPTY_AUDIENCE: AudienceState = {
  all: true,
  bch: false,
  unitIds: [],
  positions: [],
  tags: [],
  memberIds: [],
  external: '',
};

const emailCheck = z.string().email();

export function splitAddresses(text: string): { good: string[]; bad: string[] } {
  const parts = text
    .split(/[\s,;]+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const good = [...new Set(parts.filter((p) => emailCheck.safeParse(p).success))];
  return { good, bad: parts.filter((p) => !emailCheck.safeParse(p).success) };
}

/** The Audience to send; null when nothing is chosen. */
export function toAudience(s: AudienceState): Audience | null {
  const a: Audience = {};
  if (s.all) a.all = true;
  if (s.bch) a.bch = true;
  if (s.unitIds.length) a.unitIds = s.unitIds;
  if (s.positions.length) a.positions = s.positions;
  if (s.tags.length) a.tags = s.tags;
  if (s.memberIds.length) a.memberIds = s.memberIds;
  const { good } = splitAddresses(s.external);
  if (good.length) a.external = good;
  return Object.keys(a).length ? a : null;
}

/** "bỏ qua: 12 không có email, 3 đã hủy đăng ký" (only the reasons that happened). */
export function skippedText(t: TFunction, count: z.infer<typeof audienceCount>, n: (v: number) => string): string {
  const parts = SKIP_REASONS.filter((r) => count.skipped[r] > 0).map((r) =>
    t(`bulletins.audience.reasons.${r}`, { n: n(count.skipped[r]) }),
  );
  return parts.length ? t('bulletins.audience.skipped', { list: parts.join(', ') }) : t('bulletins.audience.noSkipped');
}
