/**
 * What the folded official fields say in one line ("Số 01/QĐ-CĐCS, ngày 08/12/2026, Hà Nội; người ký: …"), and
 * whether they may fold at all: never while a field the document needs is empty.
 */
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { docTypeName } from '../../shared/document-model';
import type { FieldValues } from './fieldValues';

const s = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** The fields a document cannot be issued without (the core's own list: type, date, issuer, each signer). */
export function requiredFilled(v: Partial<FieldValues> | undefined): boolean {
  if (!v) return false;
  const date = v.date && dayjs.isDayjs(v.date) && v.date.isValid();
  const signers = (v.signers ?? []).filter(Boolean);
  return Boolean(
    v.type &&
    date &&
    s(v.issuer) &&
    signers.length > 0 &&
    signers.every((x) => s(x.position) && s(x.name)) &&
    (v.type !== 'CV' || s(v.summary)),
  );
}

export function fieldsSummary(t: TFunction, v: Partial<FieldValues> | undefined, numberText: string | null): string {
  if (!v) return '';
  const date = v.date && dayjs.isDayjs(v.date) && v.date.isValid() ? v.date.format('DD/MM/YYYY') : '';
  const signers = (v.signers ?? [])
    .filter(Boolean)
    .map((x) => [s(x.authority), s(x.position), s(x.name)].filter(Boolean).join(' '))
    .filter(Boolean);
  const parts = [
    v.type ? docTypeName(v.type) : '',
    numberText ? t('documents.fold.number', { number: numberText }) : t('documents.fold.noNumber'),
    date ? t('documents.fold.date', { date }) : '',
    s(v.place),
  ].filter(Boolean);
  return [parts.join(', '), signers.length ? t('documents.fold.signers', { signers: signers.join('; ') }) : '']
    .filter(Boolean)
    .join(' · ');
}
