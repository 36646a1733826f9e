/**
 * One data row to member fields: legacy text converted, every value normalised, every problem listed (one entry
 * per field, reasons in Vietnamese), and the result checked against the contract's own schema as a last word.
 */
import { memberFields } from '../../../shared/members-contract';
import { splitName } from '../../../shared/text/names';
import { FIELD_KINDS, FIELD_LABELS, type ImportTarget } from './fields';
import type { ColumnTarget } from './layout';
import { convertLegacy, detectCell } from './legacy/detect';
import type { CellValue, ImportFields, LegacyEncoding, RawRow, Rejection } from './types';
import { parseDate } from './values/dates';
import { normalisePhone, parseIdNumber, parseMoney, parsePhone } from './values/numbers';
import { isMark, parseEmail, parseGender, parseYes, personName, textOf } from './values/words';

export interface RowResult {
  fields: ImportFields;
  /** Problems that keep the row out: its name, or a key that matches it to a member (CCCD, card, member code). */
  problems: Rejection[];
  /** Problems in an optional field: the row imports with that field left empty, and the user is told. */
  flags: Rejection[];
  /** Both of the above in the order of the row's columns, for a row that is left out. */
  issues: Rejection[];
  converted?: LegacyEncoding;
  /** No member data at all (only an STT, or nothing): skipped silently. */
  empty: boolean;
}

/**
 * Without these a row cannot become the right member: no name, or a wrong key that would later match (or fail to
 * match) a member. Every other field is optional: a bad email or phone leaves that field empty, not the member out.
 */
const ROW_FIELDS = new Set(['fullName', 'idNumber', 'cardNumber', 'memberCode', 'row']);

/** A union position's title, as the contract bounds it (positions[].title). */
const MAX_POSITION = 200;

const isEmpty = (v: CellValue | undefined) =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** Legacy text converted in place; returns the encoding if any cell of the row was legacy. */
function convertRow(
  raw: RawRow,
  columns: (ColumnTarget | undefined)[],
  values: CellValue[],
): LegacyEncoding | undefined {
  let found: LegacyEncoding | undefined;
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    if (typeof v !== 'string' || !columns[c] || columns[c] === 'ignore') continue;
    const hint = raw.fonts?.[c];
    const enc = detectCell(v, hint);
    if (!enc) continue;
    values[c] = convertLegacy(v, enc, hint === 'tcvn3H');
    found ??= enc;
  }
  return found;
}

/** A value in a "Nam"/"Nữ" column may be a date or year of birth rather than a mark. */
const looksLikeDate = (v: CellValue) =>
  v instanceof Date || typeof v === 'number' || (typeof v === 'string' && /\d/.test(v));

/** Zod's own messages are English; the contract's custom ones (formats, required name) are already Vietnamese. */
function schemaReason(issue: { code: string; message: string; maximum?: unknown }): string {
  if (issue.code === 'too_big') return `Quá dài: tối đa ${String(issue.maximum)} ký tự`;
  if (issue.code === 'invalid_type') return 'Giá trị không đúng kiểu';
  return issue.message;
}

export function normaliseRow(
  raw: RawRow,
  columns: (ColumnTarget | undefined)[],
  today: Date,
  groupUnit?: string,
): RowResult {
  const values = raw.values.slice();
  const converted = convertRow(raw, columns, values);
  const out: Record<string, unknown> = {};
  const issues: Rejection[] = [];
  const extraNotes: string[] = [];
  const bad = new Set<string>();
  const reject = (field: string, reason: string) => {
    issues.push({ row: raw.row, field, reason });
    bad.add(field);
  };
  let any = false;
  let marked: 'male' | 'female' | undefined;

  for (let c = 0; c < values.length; c++) {
    const target = columns[c];
    const v = values[c];
    if (!target || target === 'ignore' || isEmpty(v)) continue;
    any = true;
    const field = target as ImportTarget;
    if (out[field] !== undefined || bad.has(field)) continue; // two columns for one field: the first filled one wins
    switch (FIELD_KINDS[field]) {
      case 'name':
        out[field] = personName(v);
        break;
      case 'text':
        out[field] = textOf(v);
        break;
      case 'zalo':
        out[field] = normalisePhone(v) ?? textOf(v);
        break;
      case 'yes':
        out[field] = parseYes(v);
        break;
      case 'date': {
        const d = parseDate(v, FIELD_LABELS[field] ?? field, today);
        if (d.ok) out[field] = d.value;
        else reject(field, d.reason);
        break;
      }
      case 'gender': {
        const g = parseGender(v);
        if (g.ok) out.gender = g.value;
        else reject('gender', g.reason);
        break;
      }
      case 'mark': {
        const g = field === 'genderMale' ? 'male' : 'female';
        if (marked && marked !== g) reject('gender', 'Đánh dấu cả hai cột Nam và Nữ');
        marked = g;
        if (!isMark(v) && looksLikeDate(v) && out.dateOfBirth === undefined) {
          const d = parseDate(v, 'Ngày sinh', today);
          if (d.ok) out.dateOfBirth = d.value;
          else reject('dateOfBirth', d.reason);
        } else if (!isMark(v))
          reject('gender', `Giới tính không rõ: «${textOf(v)}» trong cột ${g === 'male' ? 'Nam' : 'Nữ'}`);
        break;
      }
      case 'id': {
        const r = parseIdNumber(v);
        if (r.ok) out.idNumber = r.value;
        else reject('idNumber', r.reason);
        break;
      }
      case 'phone': {
        const r = parsePhone(v);
        if (r.ok) {
          out.phone = r.value.phone;
          if (r.value.others.length) extraNotes.push(`Số điện thoại khác: ${r.value.others.join(', ')}`);
        } else reject('phone', r.reason);
        break;
      }
      case 'email': {
        const r = parseEmail(v);
        if (r.ok) out.email = r.value;
        else reject('email', r.reason);
        break;
      }
      case 'tags':
        out.tags = textOf(v)
          .split(/[,;\n]/)
          .map((tag) => tag.trim())
          .filter(Boolean);
        break;
      case 'money': {
        const r = parseMoney(v);
        if (r.ok) out.duesSalary = r.value;
        else reject('duesSalary', r.reason);
        break;
      }
    }
  }
  if (!any) return { fields: { fullName: '' }, problems: [], flags: [], issues: [], empty: true };
  if (marked && out.gender === undefined && !bad.has('gender')) out.gender = marked;
  delete out.genderMale;
  delete out.genderFemale;
  if (groupUnit && out.unit === undefined) out.unit = groupUnit;
  if (extraNotes.length) out.notes = [out.notes, ...extraNotes].filter(Boolean).join('; ');

  // The name: whole, or assembled from split columns; family/middle/given are always derived from it.
  const full =
    (out.fullName as string | undefined) || [out.familyName, out.middleName, out.givenName].filter(Boolean).join(' ');
  if (!full) reject('fullName', 'Thiếu họ và tên');
  else Object.assign(out, { fullName: full }, splitName(full));

  // The contract's schema has the last word (lengths, formats); a field already reported is not reported twice.
  const { position, ...member } = out;
  if (!bad.has('fullName')) {
    const parsed = memberFields.safeParse(member);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? 'row');
        if (!bad.has(field)) reject(field, schemaReason(issue));
      }
    }
  }
  if (typeof position === 'string' && position.length > MAX_POSITION) {
    reject('position', `Quá dài: tối đa ${MAX_POSITION} ký tự`);
    out.position = undefined;
  }
  const problems = issues.filter((i) => ROW_FIELDS.has(i.field));
  const flags = issues.filter((i) => !ROW_FIELDS.has(i.field));
  for (const f of flags) delete member[f.field]; // a flagged field is left empty, never half-read
  return {
    fields: {
      ...(member as ImportFields),
      ...(typeof out.position === 'string' ? { position: out.position } : {}),
    },
    problems,
    flags,
    issues,
    converted,
    empty: false,
  };
}
