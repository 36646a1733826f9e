/**
 * Digit strings Excel mangles: CCCD/CMND and phone numbers stored as numbers lose their leading zero, exports turn
 * long numbers into "1,23E+11", and people type phones as +84 912 345 678, 0912.345.678 or 84-912-345-678.
 * Also money as "5.500.000", "5,500,000 đ" or a plain number.
 */
import type { CellValue } from '../types';

export type Result<T> = { ok: true; value: T } | { ok: false; reason: string };

const show = (v: CellValue) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim());
const SCIENTIFIC = /^\d+([.,]\d+)?e\+?\d+$/i;

/** The digits of a number-ish cell; null when it holds anything but digits and separators. */
function digitsOf(v: CellValue): string | null {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 ? String(v) : null;
  if (typeof v !== 'string') return null;
  const s = v.trim().replace(/^'/, ''); // Excel's "keep as text" apostrophe, when it leaks into the value
  return /^[\d\s.\-–]+$/.test(s) ? s.replace(/\D/g, '') : null;
}

/**
 * CCCD (12 digits) or old CMND (9). Every CCCD starts with its province code 001–096, so a numeric cell loses one
 * zero (11 digits) or, for provinces 001–009, two (10 digits); a CMND stored as a number loses one (8 digits).
 */
export function parseIdNumber(v: CellValue): Result<string> {
  const s = show(v);
  if (SCIENTIFIC.test(s))
    return { ok: false, reason: `Số CCCD đã bị Excel làm tròn thành dạng số mũ: «${s}»; hãy định dạng cột là văn bản` };
  let d = digitsOf(v);
  if (d !== null && (d.length === 10 || d.length === 11)) d = d.padStart(12, '0');
  else if (d !== null && d.length === 8) d = '0' + d;
  if (d === null || (d.length !== 12 && d.length !== 9))
    return { ok: false, reason: `Số CCCD phải có 12 chữ số (CMND cũ: 9 chữ số): «${s}»` };
  return { ok: true, value: d };
}

/**
 * One phone number to 0xxxxxxxxx. Mobiles are 10 digits; 11 digits for landlines (02x area codes) and old 01x mobiles.
 */
export function normalisePhone(v: CellValue): string | null {
  let s = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : '';
  if (!/^[+\d\s.\-–()]+$/.test(s)) return null;
  s = s.replace(/[^\d+]/g, '');
  if (s.startsWith('+84')) s = '0' + s.slice(3);
  else if (s.startsWith('0084')) s = '0' + s.slice(4);
  else if (s.startsWith('84') && (s.length === 11 || s.length === 12)) s = '0' + s.slice(2);
  if (/^[35789]\d{8}$/.test(s)) s = '0' + s; // a mobile stored as a number lost its 0
  if (s.startsWith('+')) return null;
  return /^0\d{9}$/.test(s) || /^0[12]\d{9}$/.test(s) ? s : null;
}

/**
 * A phone cell, which may list several numbers ("0912 345 678 / 0987 654 321"): the first is the phone,
 * the others are handed back so they are kept in the notes rather than lost.
 */
export function parsePhone(v: CellValue): Result<{ phone: string; others: string[] }> {
  const parts =
    typeof v === 'string'
      ? v
          .split(/[/;,\n]|\s[-–]\s|\s{2,}/)
          .map((p) => p.trim())
          .filter(Boolean)
      : [v];
  const phones = parts.map(normalisePhone);
  if (parts.length === 0 || phones.some((p) => p === null))
    return { ok: false, reason: `Số điện thoại không hợp lệ: «${show(v)}»` };
  const [phone, ...others] = phones as string[];
  return { ok: true, value: { phone, others } };
}

/** Integer VND: 5500000, "5.500.000", "5,500,000", "5.500.000 đ", "5 500 000 VNĐ". */
export function parseMoney(v: CellValue): Result<number> {
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return { ok: true, value: Math.round(v) };
  const raw = show(v);
  const s = raw.replace(/\s*(đồng|đ|vnđ|vnd)\.?$/i, '').replace(/\s+/g, '');
  if (/^\d{1,3}([.,]\d{3})+$/.test(s) || /^\d+$/.test(s)) return { ok: true, value: Number(s.replace(/[.,]/g, '')) };
  const dec = s.match(/^(\d+)[.,](\d{1,2})$/); // 5500000,5 — a decimal part, rounded away
  if (dec) return { ok: true, value: Math.round(Number(`${dec[1]}.${dec[2]}`)) };
  return { ok: false, reason: `Số tiền không hợp lệ: «${raw}»` };
}
