/**
 * Vietnamese formatting for the dashboard and its export: 1.250.000, "87,5%", dd/mm/yyyy HH:mm in Vietnam's time
 * (UTC+7 all year: Vietnam has no daylight saving, so a fixed offset is exact and needs no time-zone data).
 */
import { groupThousands } from '../../shared/text/money';

const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
const p2 = (n: number) => String(n).padStart(2, '0');

/** The instant shifted to Vietnam's wall clock: read it with the getUTC… methods. */
function vnClock(at: Date): Date {
  return new Date(at.getTime() + VN_OFFSET_MS);
}

/** "YYYY-MM-DD" of the day in Vietnam. */
export function vnDay(at: Date): string {
  const d = vnClock(at);
  return `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`;
}

/** "YYYY-MM" of the month in Vietnam. */
export const vnMonth = (at: Date): string => vnDay(at).slice(0, 7);

/** An ISO instant as "dd/mm/yyyy HH:mm" in Vietnam; "" for null or an unreadable value. */
export function dateTimeVi(iso: string | null): string {
  if (!iso) return '';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '';
  const d = vnClock(new Date(t));
  return `${p2(d.getUTCDate())}/${p2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}`;
}

/** "2026-05" → "05/2026". */
export const monthVi = (month: string): string => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

/** 1250000 → "1.250.000". */
export const countVi = (n: number): string => groupThousands(Math.round(n));

/** 87.5 → "87,5%", 100 → "100%"; null → "—". One decimal at most, as the PC's ledger shows a rate. */
export function percentVi(p: number | null): string {
  if (p === null) return '—';
  const r = Math.round(p * 10) / 10;
  const [int, dec] = Math.abs(r).toFixed(1).split('.');
  return `${r < 0 ? '-' : ''}${groupThousands(Number(int))}${dec === '0' ? '' : `,${dec}`}%`;
}

/** Percentage points, "12,5 điểm". */
export const pointsVi = (p: number): string => `${percentVi(p).replace('%', '')} điểm`;

/** The n months ending with `last` (YYYY-MM), oldest first. */
export function monthsEnding(last: string, n: number): string[] {
  const [y, m] = last.split('-').map(Number) as [number, number];
  return Array.from({ length: n }, (_, i) => {
    const k = y * 12 + (m - 1) - (n - 1 - i);
    return `${Math.floor(k / 12)}-${p2((k % 12) + 1)}`;
  });
}

/** The collection rate in percent with one decimal, as the PC's ledger (src/core/dues/ledger.ts rateOf). */
export const rateOf = (collected: number, due: number): number | null =>
  due > 0 ? Math.round((collected / due) * 1000) / 10 : null;
