/** Dates are dd/mm/yyyy everywhere, in both languages. */
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';

export function formatDate(value: string | number | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const d = dayjs(value);
  return d.isValid() ? d.format('DD/MM/YYYY') : String(value);
}

export function formatDateTime(value: string | number | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const d = dayjs(value);
  return d.isValid() ? d.format('DD/MM/YYYY HH:mm') : String(value);
}

export function formatSize(bytes: number, t: TFunction, lang: string): string {
  const nf = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 });
  if (bytes < 1024) return t('format.bytes', { value: nf.format(bytes) });
  if (bytes < 1024 * 1024) return t('format.kb', { value: nf.format(bytes / 1024) });
  return t('format.mb', { value: nf.format(bytes / (1024 * 1024)) });
}
