/**
 * The official fields as the form holds them (a dayjs date, recipients as lines) and back. `toFields` says which
 * fields stop the model from being valid instead of sending something the core will refuse.
 */
import dayjs, { type Dayjs } from 'dayjs';
import type { DocTypeCode, OfficialFields, Signer } from '../../shared/document-model';

export interface FieldValues {
  type: DocTypeCode;
  upperLevel: string;
  issuer: string;
  issuerCode: string;
  place: string;
  date: Dayjs | null;
  summary: string;
  signers: Signer[];
  recipients: string;
}

export const FIELD_NAMES = [
  'type',
  'upperLevel',
  'issuer',
  'issuerCode',
  'place',
  'date',
  'summary',
  'signers',
  'recipients',
] as const;

export function toFormValues(f: OfficialFields): FieldValues {
  return {
    type: f.type,
    upperLevel: f.upperLevel,
    issuer: f.issuer,
    issuerCode: f.issuerCode,
    place: f.place,
    date: f.date ? dayjs(f.date) : null,
    summary: f.summary ?? '',
    signers: f.signers.length
      ? f.signers.map((s) => ({ authority: s.authority ?? '', position: s.position, name: s.name }))
      : [{ authority: '', position: '', name: '' }],
    recipients: (f.recipients ?? []).join('\n'),
  };
}

/** "Như trên;\n\n Lưu: VT." → ["Như trên;", "Lưu: VT."] */
export function lines(text: string | null | undefined): string[] {
  return String(text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

const s = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

export type FieldsResult = { ok: true; fields: OfficialFields } | { ok: false; missing: (keyof FieldValues)[] };

/** Form values → official fields; `number` is the register's (null for a draft). */
export function toFields(v: Partial<FieldValues>, number: number | null): FieldsResult {
  const missing: (keyof FieldValues)[] = [];
  const date = v.date && dayjs.isDayjs(v.date) && v.date.isValid() ? v.date.format('YYYY-MM-DD') : null;
  if (!date) missing.push('date');
  if (!v.type) missing.push('type');
  if (!s(v.issuer)) missing.push('issuer');
  if (missing.length) return { ok: false, missing };
  const signers = (v.signers ?? [])
    .filter(Boolean)
    .slice(0, 3)
    .map((x) => ({ authority: s(x.authority), position: s(x.position), name: s(x.name) }));
  return {
    ok: true,
    fields: {
      upperLevel: s(v.upperLevel),
      issuer: s(v.issuer),
      type: v.type!,
      number,
      issuerCode: s(v.issuerCode),
      place: s(v.place),
      date: date!,
      summary: s(v.summary),
      signers: signers.length ? signers : [{ authority: '', position: '', name: '' }],
      recipients: lines(v.recipients),
    },
  };
}
