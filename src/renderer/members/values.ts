/**
 * Between a Member (contract: YYYY-MM-DD strings, nulls) and the member form (dayjs dates, booleans), and the
 * payloads sent back: everything for a new member, only the changed fields for an update.
 */
import dayjs, { type Dayjs } from 'dayjs';
import type { Member, MemberFields, MemberPosition } from '../../shared/members-contract';
import { splitName } from '../../shared/text/names';
import { ALL_FIELDS, type FieldName } from './fields';

export interface PositionValues {
  title?: string;
  body?: string | null;
  term?: string | null;
  from?: Dayjs | null;
  to?: Dayjs | null;
}

export type FormValues = { [K in FieldName]?: unknown } & { positions?: PositionValues[] };
export type Payload = Omit<MemberFields, 'fullName'> & { fullName: string };

const toDay = (iso: string | null | undefined): Dayjs | null => (iso ? dayjs(iso, 'YYYY-MM-DD') : null);
const fromDay = (d: unknown): string | null => (dayjs.isDayjs(d) && d.isValid() ? d.format('YYYY-MM-DD') : null);
const str = (v: unknown): string | null => {
  const s = typeof v === 'string' ? v.normalize('NFC').replace(/\s+/g, ' ').trim() : '';
  return s || null;
};
/** CCCD and phone numbers are often typed with spaces or dots: "0790 9000 1234". */
export const digitsOnly = (v: unknown): string | null => str(typeof v === 'string' ? v.replace(/[\s.]/g, '') : v);

export function toFormValues(m: Member | null): FormValues {
  const v: FormValues = {};
  for (const f of ALL_FIELDS) {
    const raw = m?.[f.name] ?? null;
    if (f.kind === 'date') v[f.name] = toDay(raw as string | null);
    else if (f.kind === 'bool') v[f.name] = raw === true;
    else if (f.kind === 'tags') v[f.name] = Array.isArray(raw) ? raw : [];
    else v[f.name] = raw ?? undefined;
  }
  v.positions = (m?.positions ?? []).map((p) => ({
    title: p.title,
    body: p.body ?? null,
    term: p.term ?? null,
    from: toDay(p.from),
    to: toDay(p.to),
  }));
  return v;
}

function positionOut(p: PositionValues): MemberPosition {
  return { title: str(p.title) ?? '', body: str(p.body), term: str(p.term), from: fromDay(p.from), to: fromDay(p.to) };
}

/** Every field, normalised: empty texts become null, dates YYYY-MM-DD. */
export function toPayload(v: FormValues): Payload {
  const out: Record<string, unknown> = {};
  for (const f of ALL_FIELDS) {
    const raw = v[f.name];
    switch (f.kind) {
      case 'date':
        out[f.name] = fromDay(raw);
        break;
      case 'bool':
        out[f.name] = raw === true;
        break;
      case 'money':
        out[f.name] = typeof raw === 'number' && Number.isFinite(raw) ? Math.round(raw) : null;
        break;
      case 'gender':
        out[f.name] = raw === 'male' || raw === 'female' ? raw : null;
        break;
      case 'idNumber':
      case 'phone':
        out[f.name] = digitsOnly(raw);
        break;
      case 'email':
        out[f.name] = str(raw)?.toLowerCase() ?? null;
        break;
      case 'tags':
        out[f.name] = (Array.isArray(raw) ? raw : []).map(str).filter((tag): tag is string => tag !== null);
        break;
      default:
        out[f.name] = str(raw);
    }
  }
  out.positions = (v.positions ?? []).filter(Boolean).map(positionOut);
  return { ...(out as Payload), fullName: (out.fullName as string | null) ?? '' };
}

/** A new member: only what was filled in; name parts only when they differ from the automatic split. */
export function newMemberPayload(v: FormValues): MemberFields {
  const p = toPayload(v);
  const auto = splitName(p.fullName);
  const out: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(p)) {
    if (val === null || val === false || (Array.isArray(val) && val.length === 0)) continue;
    if ((k === 'familyName' || k === 'middleName' || k === 'givenName') && val === auto[k]) continue;
    out[k] = val;
  }
  return out as MemberFields;
}

/** The fields whose value differs between two payloads (positions compared as a whole). */
export function changedFields(before: Payload, after: Payload): Partial<Payload> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof Payload)[]) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) out[key] = after[key];
  }
  return out as Partial<Payload>;
}
