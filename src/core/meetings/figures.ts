/**
 * The figures a meeting's record implies: the quorum and each motion's percentages and outcome. Pure and in
 * integer arithmetic (counts are whole people), so "8 of 12" is exactly two thirds and never 0.6666… < 0.6667.
 */

import type { QUORUM_RULES } from '../../shared/settings-contract';

/**
 * A quorum as a share of those convened: `num / den`, reached at exactly that share or, when `strict`, only above
 * it ("more than half": 5 of 10 is not enough, 6 is).
 */
export interface Quorum {
  num: number;
  den: number;
  strict: boolean;
}

export type QuorumRule = (typeof QUORUM_RULES)[number];

/**
 * The union's quorum rules (the `meetingQuorum` setting, per kind; defaults from the Điều lệ in settings.ts):
 * 'twoThirds' is at least two thirds, 'half' strictly more than half, 'none' no quorum.
 */
export const QUORUM_OF_RULE: Record<QuorumRule, Quorum | null> = {
  twoThirds: { num: 2, den: 3, strict: false },
  half: { num: 1, den: 2, strict: true },
  none: null,
};

/** The fewest people that reach the quorum: ceil(convened · num / den), one more when strict and exact. */
export function quorumRequired(convened: number, q: Quorum | null): number {
  if (!q) return 0;
  return q.strict ? Math.floor((convened * q.num) / q.den) + 1 : Math.floor((convened * q.num + q.den - 1) / q.den);
}

/** present · den >= (or >) convened · num, in integers; with a quorum, nobody convened is no valid meeting. */
export function quorumMet(present: number, convened: number, q: Quorum | null): boolean {
  if (!q) return true;
  if (convened <= 0) return false;
  return q.strict ? present * q.den > convened * q.num : present * q.den >= convened * q.num;
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
