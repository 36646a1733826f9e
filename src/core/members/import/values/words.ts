/** Word-valued cells: gender, yes/no columns, e-mails, names and plain text. */
import { cleanText, foldVi } from '../../../../shared/text/fold';
import type { CellValue } from '../types';
import type { Result } from './numbers';

/** Any cell as clean text (NFC, collapsed spaces); numbers keep all their digits, dates become dd/mm/yyyy. */
export function textOf(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date)
    return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10).split('-').reverse().join('/');
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(v).replace('.', ',');
  if (typeof v === 'boolean') return v ? 'Có' : 'Không';
  return cleanText(v);
}

const MALE = new Set(['nam', 'm', 'male', 'trai', 'nam gioi', 'ong']);
const FEMALE = new Set(['nu', 'f', 'female', 'gai', 'nu gioi', 'ba']);

const COMMON: Record<string, 'male' | 'female'> = {
  Nam: 'male',
  Nữ: 'female',
  nam: 'male',
  nữ: 'female',
  NAM: 'male',
  NỮ: 'female',
};

export function parseGender(v: CellValue): Result<'male' | 'female'> {
  const common = typeof v === 'string' ? COMMON[v] : undefined; // the usual spellings, without folding
  if (common) return { ok: true, value: common };
  const f = foldVi(textOf(v)).replace(/[.]/g, '');
  if (MALE.has(f)) return { ok: true, value: 'male' };
  if (FEMALE.has(f)) return { ok: true, value: 'female' };
  return { ok: false, reason: `Giới tính không rõ: «${textOf(v)}» (ghi Nam hoặc Nữ)` };
}

/** A mark in a "Nam" or "Nữ" column of a sheet that splits gender into two columns. */
export function isMark(v: CellValue): boolean {
  if (v === true) return true;
  return ['x', 'v', '1', '✓', '✔', 'co', 'nam', 'nu'].includes(foldVi(textOf(v)));
}

const NO = new Set(['', 'khong', 'k', 'no', 'false', '0', '-', 'chua']);

/** Yes/no columns ("Đảng viên": x, có, Đảng viên, or a date of admission) — anything but a "no" is yes. */
export function parseYes(v: CellValue): boolean | null {
  if (typeof v === 'boolean') return v;
  const t = textOf(v);
  if (t === '') return null;
  return !NO.has(foldVi(t));
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function parseEmail(v: CellValue): Result<string> {
  const s = textOf(v)
    .replace(/^mailto:/i, '')
    .replace(/\s+/g, '')
    .toLowerCase();
  return EMAIL.test(s) ? { ok: true, value: s } : { ok: false, reason: `Email không hợp lệ: «${textOf(v)}»` };
}

function capitalise(word: string): string {
  // Also after an apostrophe or hyphen inside the word: H'Hen, Ka-Nin.
  return word.toLowerCase().replace(/(^|['’-])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
}

/**
 * A person's name. Names typed all in capitals (or all in small letters) get each word capitalised, as documents
 * print them; mixed-case names are kept as typed ("McDonald", "H'Hen Niê").
 */
export function personName(v: CellValue): string {
  const s = textOf(v);
  const allUpper = s === s.toUpperCase();
  const allLower = s === s.toLowerCase();
  if (!(allUpper || allLower) || !/\p{L}/u.test(s)) return s;
  return s.split(' ').map(capitalise).join(' ');
}
