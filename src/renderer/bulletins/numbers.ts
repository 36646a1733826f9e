/** Counts with the language's grouping: 1.234 in Vietnamese, 1,234 in English. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

export function formatCount(value: number, lang: string): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 }).format(value);
}

export function useCount(): (value: number) => string {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return useCallback((value: number) => formatCount(value, lang), [lang]);
}
