/**
 * The figures a meeting's record implies: the quorum and each motion's percentages and outcome. Pure and in
 * integer arithmetic (counts are whole people), so "8 of 12" is exactly two thirds and never 0.6666… < 0.6667.
 */
import type { MeetingKind } from '../../shared/meetings-contract';

/** A fraction of people: `num / den`. */
export interface Fraction {
  num: number;
  den: number;
}

const TWO_THIRDS: Fraction = { num: 2, den: 3 };

/**
 * The share of those convened a meeting of each kind needs to be valid. Congresses, BCH and standing committee
 * meetings need at least two thirds (Điều lệ Công đoàn Việt Nam; DOMAIN.md); the other kinds have no quorum here
 * until the union sets one.
 * TODO(setting `meetings.quorum`): make these a per-kind setting in the settings table (settings-contract.ts and
 * the settings page), read here with these values as defaults.
 */
export const QUORUM_BY_KIND: Record<MeetingKind, Fraction | null> = {
  congress: TWO_THIRDS,
  bch: TWO_THIRDS,
  standing: TWO_THIRDS,
  'workers-conference': null,
  group: null,
  other: null,
};

/** The fewest people that make `present / convened >= fraction`: ceil(convened · num / den). */
export function quorumRequired(convened: number, f: Fraction | null): number {
  if (!f) return 0;
  return Math.floor((convened * f.num + f.den - 1) / f.den);
}

/** present · den >= convened · num, in integers; with a quorum, nobody convened is no valid meeting. */
export function quorumMet(present: number, convened: number, f: Fraction | null): boolean {
  if (!f) return true;
  return convened > 0 && present * f.den >= convened * f.num;
}

/** `part` as a percentage of `whole`, rounded half up to 2 decimals (0 of nobody is 0). */
export function percentOf(part: number, whole: number): number {
  if (whole <= 0) return 0;
  // Hundredths of a percent, rounded half up in integers: floor((part·10000·2 + whole) / (2·whole)).
  return Math.floor((part * 20_000 + whole) / (2 * whole)) / 100;
}

export type MotionRule = 'majority' | 'twoThirds';

/** Whether a motion passed: more than half (majority) or at least two thirds of those present voted for it. */
export function motionPassed(votesFor: number, present: number, rule: MotionRule): boolean {
  if (present <= 0) return false;
  return rule === 'twoThirds' ? votesFor * 3 >= present * 2 : votesFor * 2 > present;
}

/** "Có mặt 9/11". */
export const presentText = (present: number, convened: number) => `Có mặt ${present}/${convened}`;
