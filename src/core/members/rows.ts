/** Mapping between member rows (snake_case, 0/1 booleans, unit ids) and the contract's Member (camelCase). */
import type { Member, MemberFields, MemberPosition } from '../../shared/members-contract';
import { cleanText, foldVi } from '../../shared/text/fold';
import { toSnake } from '../db/case';

/** Contract fields stored as plain columns of `members` (positions and unit are stored elsewhere; tags as JSON). */
export const COLUMN_FIELDS = [
  'fullName',
  'familyName',
  'middleName',
  'givenName',
  'gender',
  'dateOfBirth',
  'ethnicity',
  'religion',
  'nationality',
  'idNumber',
  'hometown',
  'address',
  'phone',
  'email',
  'zalo',
  'education',
  'qualifications',
  'partyMember',
  'employeeCode',
  'jobTitle',
  'contractType',
  'startedOn',
  'duesSalary',
  'hazardousWork',
  'memberCode',
  'cardNumber',
  'cardType',
  'cardDate',
  'joinedOn',
  'emailConsent',
  'notes',
] as const satisfies readonly (keyof MemberFields)[];

const BOOLEAN_FIELDS = new Set(['partyMember', 'hazardousWork', 'emailConsent']);

export type MemberRow = Record<string, unknown> & {
  id: string;
  unit_id: string | null;
  status: string;
  sort_key: string;
};

export function rowToMember(
  row: MemberRow,
  unitName: string | null,
  positions: MemberPosition[],
  today: string,
): Member {
  const m: Record<string, unknown> = { id: row.id };
  for (const f of COLUMN_FIELDS) {
    const v = row[toSnake(f)];
    m[f] = BOOLEAN_FIELDS.has(f) ? (v === null || v === undefined ? null : Boolean(v)) : (v ?? null);
  }
  m.familyName = m.familyName ?? '';
  m.middleName = m.middleName ?? '';
  m.givenName = m.givenName ?? '';
  m.unit = unitName;
  m.unitId = row.unit_id;
  m.status = row.status;
  m.positions = positions;
  m.tags = tagsFromColumn(row.tags);
  m.position = currentPositionText(positions, today);
  m.createdAt = row.created_at;
  m.updatedAt = row.updated_at;
  return m as Member;
}

export function currentPositionText(positions: MemberPosition[], today: string): string | null {
  const current = positions
    .filter((p) => !p.to || p.to >= today)
    .map((p) => (p.body ? `${p.title} (${p.body})` : p.title));
  return current.length ? current.join(', ') : null;
}

export function fieldsToColumns(fields: Partial<MemberFields>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of COLUMN_FIELDS) if (f in fields && fields[f] !== undefined) out[toSnake(f)] = fields[f] ?? null;
  if (fields.tags !== undefined) out.tags = tagsToColumn(fields.tags);
  return out;
}

/**
 * Tags as stored: spaces collapsed, NFC, each once (two spellings folding alike, "Nữ công" and "nữ  công", are one
 * tag: the first kept). No tags is NULL, so an untouched member and one whose tags were cleared compare equal.
 */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = cleanText(raw);
    const key = foldVi(tag);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

export function tagsToColumn(tags: readonly string[] | null): string | null {
  const clean = cleanTags(tags ?? []);
  return clean.length ? JSON.stringify(clean) : null;
}

export function tagsFromColumn(value: unknown): string[] {
  if (typeof value !== 'string' || !value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return []; // a damaged cell (hand-edited database) shows no tags rather than breaking the register
  }
}

export function positionFromRow(r: Record<string, unknown>): MemberPosition {
  return {
    title: r.title as string,
    body: (r.body as string) ?? null,
    term: (r.term as string) ?? null,
    from: (r.from_date as string) ?? null,
    to: (r.to_date as string) ?? null,
  };
}

export function todayIso(d = new Date()): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
