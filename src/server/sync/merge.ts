/**
 * One mutation against a row's merged state (design decision 1), without touching the database: per column the
 * later HLC wins (an equal HLC is the same write again), and a long text written concurrently keeps its loser.
 */
import type { CellValue, Mutation } from '../../shared/sync-protocol';
import { LONG_TEXT_COLUMNS, SYNCED_ENTITIES } from '../../shared/sync-entities';
import type { RejectCode } from './rejections';
import type { RowState } from './rows';

const SYNCED = new Set<string>(SYNCED_ENTITIES);

export interface LosingCopy {
  column: string;
  value: CellValue;
  hlc: string;
  deviceId: string;
}

export interface MergeResult {
  /** The columns this mutation won, with their values. */
  won: Record<string, CellValue>;
  wonHlcs: Record<string, string>;
  copies: LosingCopy[];
  /** The row's columns after the merge. */
  data: Record<string, CellValue>;
}

/** Refusals that do not depend on the stored state (entity, clock, shape). */
export function precheck(m: Mutation, nowMs: number, maxAheadMs: number): { code: RejectCode; detail?: string } | null {
  if (!SYNCED.has(m.entity)) return { code: 'FORBIDDEN_ENTITY' };
  const at = Date.parse(m.hlc.slice(0, 24));
  if (!Number.isFinite(at)) return { code: 'INVALID' };
  if (at > nowMs + maxAheadMs) return { code: 'CLOCK_AHEAD', detail: String(Math.round((at - nowMs) / 60_000)) };
  if ('id' in m.fields && m.fields.id !== m.id) return { code: 'INVALID' };
  const del = m.fields.deleted_at;
  if (del !== undefined && del !== null && typeof del !== 'string') return { code: 'INVALID' };
  return null;
}

const same = (a: CellValue | undefined, b: CellValue | undefined) => JSON.stringify(a) === JSON.stringify(b);

export function mergeMutation(state: RowState, m: Mutation, deviceId: string, baseCursor: number): MergeResult {
  const won: Record<string, CellValue> = {};
  const wonHlcs: Record<string, string> = {};
  for (const [column, value] of Object.entries(m.fields)) {
    const stored = state.hlcs[column];
    if (stored === undefined || m.hlc > stored) {
      won[column] = value;
      wonHlcs[column] = m.hlc;
    }
  }
  const copies: LosingCopy[] = [];
  for (const column of LONG_TEXT_COLUMNS[m.entity] ?? []) {
    if (!(column in m.fields) || state.hlcs[column] === undefined || state.hlcs[column] === m.hlc) continue;
    const writer = state.writers[column];
    // Concurrent: another PC wrote the stored text after what this PC had pulled, and the texts differ.
    if (!writer || writer[1] === deviceId || writer[0] <= baseCursor) continue;
    if (same(state.data[column], m.fields[column])) continue;
    copies.push(
      column in won
        ? { column, value: state.data[column] ?? null, hlc: state.hlcs[column], deviceId: writer[1] }
        : { column, value: m.fields[column], hlc: m.hlc, deviceId },
    );
  }
  return { won, wonHlcs, copies, data: { ...state.data, ...won } };
}
