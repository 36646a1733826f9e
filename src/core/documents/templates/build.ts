/**
 * Template text + organisation profile + data → a DocumentModel (official fields + TipTap body).
 *
 * Defaults from the profile: issuer = org.name, place = org.place, issuerCode "CĐCS", date = today, one signer
 * TM. BAN CHẤP HÀNH / CHỦ TỊCH / org.chairName, and the upper-level name in force on the document's date (old
 * documents keep the header they were issued with: DOMAIN.md). Every problem is collected and thrown once as a
 * TemplateError (missing / unknown / invalid) for the CLI's exit code 4 and the editor's form.
 */
import {
  DOC_TYPES,
  type DocTypeCode,
  type DocumentModel,
  documentModel,
  formatDocNumber,
  type Signer,
} from '../../../shared/document-model';
import type { OrgProfile, UpperLevelRecord } from '../../../shared/contract';
import { DEFAULT_DOCUMENT_TEXTS, type DocumentTexts } from '../../../shared/settings-contract';
import { foldVi } from '../../../shared/text/fold';
import { isoDay } from '../../../shared/text/format';
import { markdownToDocument } from './body';
import { Problems, toAppError } from './errors';
import { fillCollect } from './fill';
import { toIsoDate } from './filters';
import { parseTemplateMarkdown } from './front-matter';
import { declaredVariables } from './variables';

export interface BuildInput {
  org?: OrgProfile | null;
  /** Settings' wording offered as org.employer and org.charterGuidance (defaults when absent). */
  texts?: DocumentTexts;
  /** The dated history of the upper-level union (org_upper_levels); empty → org.upperLevelName. */
  upperLevels?: UpperLevelRecord[];
  /** The template's own variables (nested objects or flat "a.b" keys). */
  data?: Record<string, unknown>;
  /** ISO day or an instant (taken as its day in Vietnam); default: now. */
  today?: string | Date;
  /**
   * The data's strings are Markdown the caller made literal itself (meetings, elections: typed text passed through
   * literalMarkdown, lists they lay out). Otherwise (the default) every value is escaped as literal text.
   */
  markdownValues?: boolean;
}

export const FRONT_KEYS = [
  'title',
  'description',
  'type',
  'number',
  'issuerCode',
  'upperLevel',
  'issuer',
  'place',
  'date',
  'summary',
  'signers',
  'recipients',
  'variables',
] as const;
/** Metadata: never filled, never part of the document. */
const META_KEYS = new Set(['title', 'description', 'variables']);

/** "BB", "bb", "Biên bản", "bien ban", "QD" → the type code; null when it is none of them. */
export function resolveDocType(v: unknown): DocTypeCode | null {
  if (typeof v !== 'string' || !v.trim()) return null;
  const f = foldVi(v);
  return DOC_TYPES.find((t) => foldVi(t.code) === f || foldVi(t.name) === f)?.code ?? null;
}

/**
 * The upper-level name in force on `date`: the latest record with validFrom ≤ date. A document dated before the
 * first record gets the earliest one (the history starts when the profile was first saved: the best we know).
 */
export function upperLevelOn(history: readonly UpperLevelRecord[], date: string): string | null {
  const sorted = [...history].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  if (!sorted.length) return null;
  return (sorted.filter((r) => r.validFrom <= date).pop() ?? sorted[0]).name;
}

function realDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** A value still holding a placeholder: its variable is already reported, a second message would be noise. */
const UNFILLED = /\{\{/;
const str = (v: unknown): string | undefined => (v === undefined || v === null ? undefined : String(v).trim());

export function buildDocument(templateText: string, input: BuildInput = {}): DocumentModel {
  const { front, body } = parseTemplateMarkdown(templateText);
  const p = new Problems();
  const decls = declaredVariables(front, p);
  const data = input.data ?? {};
  const today = typeof input.today === 'string' ? input.today : isoDay(input.today ?? new Date());
  const org = input.org ?? null;

  for (const k of Object.keys(front)) {
    if (!(FRONT_KEYS as readonly string[]).includes(k))
      p.invalid.push(`Khóa "${k}" ở phần đầu không được dùng (các khóa: ${FRONT_KEYS.join(', ')}).`);
  }
  const isEmpty = (v: unknown) => v === undefined || v === null || v === '';
  const lookup = (name: string) =>
    Object.hasOwn(data, name)
      ? data[name]
      : name
          .split('.')
          .reduce<unknown>(
            (o, s) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[s] : undefined),
            data,
          );
  for (const d of decls) if (d.required && isEmpty(lookup(d.name))) p.missing.push(d.name);
  const optional = decls.filter((d) => !d.required).map((d) => d.name);

  // Fill a front-matter value: strings deep inside lists and objects too; plain mode (YAML values are not Markdown).
  const fillValue = (v: unknown, scope: Record<string, unknown>): unknown => {
    if (typeof v === 'string') {
      const r = fillCollect(v, scope, { mode: 'plain', optional });
      p.unknown.push(...r.unknown);
      p.invalid.push(...r.invalid);
      return r.text;
    }
    if (Array.isArray(v)) return v.map((x) => fillValue(x, scope));
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fillValue(x, scope)]));
    return v;
  };

  // The date first: the upper-level name, {{date}} and every other field depend on it. Automatic names win over data.
  const base = { ...data, today, ...(org ? { org } : {}) };
  const rawDate = str(fillValue(front.date, base));
  let date = today;
  if (rawDate && !UNFILLED.test(rawDate)) {
    const iso = toIsoDate(rawDate);
    if (iso && realDate(iso)) date = iso;
    else p.invalid.push(`Ngày văn bản "${rawDate}" không hợp lệ (YYYY-MM-DD hoặc dd/mm/yyyy).`);
  }
  const upper = upperLevelOn(input.upperLevels ?? [], date) ?? org?.upperLevelName ?? '';
  const scope: Record<string, unknown> = {
    ...data,
    today,
    date,
    ...(org ? { org: { ...org, ...DEFAULT_DOCUMENT_TEXTS, ...input.texts, upperLevelName: upper } } : {}),
  };
  const f: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(front)) if (!META_KEYS.has(k) && k !== 'date') f[k] = fillValue(v, scope);

  const type = resolveDocType(f.type);
  if (isEmpty(f.type)) p.missing.push('type');
  else if (!type && !UNFILLED.test(String(f.type)))
    p.invalid.push(
      `Loại văn bản "${String(f.type)}" không có; dùng mã (${DOC_TYPES.map((t) => t.code).join(', ')}) hoặc tên (Biên bản, Quyết định…).`,
    );

  let number: number | null = null;
  const rawNumber = str(f.number);
  if (rawNumber && !UNFILLED.test(rawNumber)) {
    if (/^\d{1,6}$/.test(rawNumber) && Number(rawNumber) > 0) number = Number(rawNumber);
    else p.invalid.push(`Số văn bản "${rawNumber}" phải là số nguyên dương.`);
  }

  const signers = normaliseSigners(f.signers, org, p);
  const recipients = (
    Array.isArray(f.recipients)
      ? f.recipients
      : f.recipients === undefined || f.recipients === null
        ? []
        : [f.recipients]
  )
    .map((r) =>
      String(r ?? '')
        .replace(/^\s*[-–+•]\s*/, '')
        .trim(),
    ) // the renderers print the dash
    .filter(Boolean);
  const fields = {
    upperLevel: str(f.upperLevel) || upper,
    issuer: str(f.issuer) || org?.name || '',
    type: type ?? 'CV',
    number,
    issuerCode: str(f.issuerCode) || 'CĐCS',
    place: str(f.place) || org?.place || '',
    date,
    summary: str(f.summary) ?? '',
    signers,
    recipients,
  };
  for (const k of ['upperLevel', 'issuer', 'place'] as const) if (!fields[k]) p.missing.push(k);
  if (type === 'CV' && !fields.summary) p.missing.push('summary'); // a công văn is known by its "V/v …"

  const filled = fillCollect(
    body,
    { ...scope, docNumber: formatDocNumber(fields) },
    { optional, values: input.markdownValues ? 'markdown' : 'literal' },
  );
  p.unknown.push(...filled.unknown);
  p.invalid.push(...filled.invalid);
  // A required variable without a value is reported once, as missing; org.* without a profile is missing too.
  p.missing.push(...p.unknown.filter((n) => n.startsWith('org.')));
  p.unknown = p.unknown.filter((n) => !p.missing.includes(n) && !n.startsWith('org.'));
  p.throwIfAny();

  try {
    return documentModel.parse({ fields, ...markdownToDocument(filled.text) });
  } catch (e) {
    throw toAppError(e);
  }
}

function normaliseSigners(v: unknown, org: OrgProfile | null, p: Problems): Signer[] {
  if (v === undefined || v === null || (Array.isArray(v) && v.length === 0)) {
    const chair = org?.chairName ?? '';
    if (!chair) p.missing.push('signers[0].name');
    return [{ authority: 'TM. BAN CHẤP HÀNH', position: 'CHỦ TỊCH', name: chair }];
  }
  const list = Array.isArray(v) ? v : [v];
  if (list.length > 3)
    p.invalid.push('Văn bản có tối đa ba người ký (danh sách chi: NGƯỜI LẬP, KẾ TOÁN và người ký thay mặt BCH).');
  return list.slice(0, 3).map((s, i) => {
    const o = (s && typeof s === 'object' ? s : {}) as Record<string, unknown>;
    const signer = { authority: str(o.authority) ?? '', position: str(o.position) ?? '', name: str(o.name) ?? '' };
    if (!signer.position) p.missing.push(`signers[${i}].position`);
    if (!signer.name) p.missing.push(`signers[${i}].name`);
    return signer;
  });
}
