/**
 * Dates as Vietnamese spreadsheets hold them: date cells, Excel serial numbers, text in day-first order
 * (dd/mm/yyyy, d-m-yyyy, dd.mm.yyyy, "ngày 5 tháng 2 năm 1985"), ISO yyyy-mm-dd, or a bare year ("Năm sinh").
 * Never month-first: 03/04/2020 is the 3rd of April. Output is always YYYY-MM-DD.
 */
import { foldVi } from '../../../../shared/text/fold';
import type { CellValue } from '../types';

export type DateResult = { ok: true; value: string } | { ok: false; reason: string };

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
export const viDate = (isoDay: string) => isoDay.split('-').reverse().join('/');

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Excel serial day (1900 system): 1 = 1900-01-01; Excel counts a 29/02/1900 that never was (serial 60). */
export function serialToParts(serial: number): [number, number, number] | null {
  const n = Math.floor(serial);
  if (n < 1) return null;
  if (n === 60) return [1900, 2, 29]; // fictitious: the caller reports it as a date that does not exist
  const d = new Date(Date.UTC(1899, 11, n < 60 ? 31 : 30) + n * 86_400_000);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;
const YMD = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/;
const MY = /^(\d{1,2})[/.-](\d{4})$/;
const WORDS = /^ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})$/;
const YEAR_LOW = 1900;
const YEAR_HIGH = 2100;

/** Day, month, year from a cell, before any range checks; null when it does not look like a date at all. */
function parts(v: CellValue, today: Date): [number, number, number] | 'year' | null {
  if (v instanceof Date) {
    // exceljs gives date cells as UTC midnight; the local parts would shift a day west of Greenwich.
    return Number.isNaN(v.getTime()) ? null : [v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate()];
  }
  if (typeof v === 'number') {
    // A whole number in 1900–2100 is a year typed into the column, not a serial (those would be dates in 1905).
    if (Number.isInteger(v) && v >= YEAR_LOW && v <= YEAR_HIGH) return 'year';
    return serialToParts(v);
  }
  if (typeof v !== 'string') return null;
  const s = v.trim().replace(/\s+\d{1,2}:\d{2}(:\d{2})?$/, ''); // "15/03/2023 00:00:00" from some exports
  let m: RegExpMatchArray | null;
  if ((m = s.match(DMY))) {
    let y = Number(m[3]);
    if (m[3].length === 2) y += y > today.getFullYear() % 100 ? 1900 : 2000;
    return [y, Number(m[2]), Number(m[1])];
  }
  if ((m = s.match(YMD))) return [Number(m[1]), Number(m[2]), Number(m[3])];
  if ((m = s.match(MY))) return [Number(m[2]), Number(m[1]), 1]; // month/year only: first of the month
  if (/^\d{4}$/.test(s)) return 'year';
  if (/^\d{5}$/.test(s)) return serialToParts(Number(s)); // a serial that lost its cell type (CSV from Excel)
  if ((m = foldVi(s).replace(/[,.]/g, ' ').replace(/\s+/g, ' ').match(WORDS)))
    return [Number(m[3]), Number(m[2]), Number(m[1])];
  return null;
}

/**
 * Parses a date cell for a field shown to the user as `label` ("Ngày sinh"…). `today` bounds it from above
 * (its local calendar day); 1900 bounds it from below.
 */
export function parseDate(v: CellValue, label: string, today: Date): DateResult {
  const raw = v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim();
  const p = parts(v, today);
  if (p === null) return { ok: false, reason: `${label} không đúng dạng ngày/tháng/năm: «${raw}»` };
  const todayIso = iso(today.getFullYear(), today.getMonth() + 1, today.getDate());
  let y: number, m: number, d: number;
  if (p === 'year') {
    y = Number(typeof v === 'number' ? v : raw);
    m = 1;
    d = 1;
  } else [y, m, d] = p;
  if (y < YEAR_LOW) return { ok: false, reason: `${label} không hợp lệ: năm ${y} trước năm 1900` };
  if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) {
    return { ok: false, reason: `${label} không tồn tại: ${pad(d)}/${pad(m)}/${y}` };
  }
  const value = iso(y, m, d);
  if (p === 'year' ? String(y) > todayIso.slice(0, 4) : value > todayIso) {
    return { ok: false, reason: `${label} ${p === 'year' ? y : viDate(value)} ở tương lai` };
  }
  return { ok: true, value };
}
