/** How dues figures read on screen: months as mm/yyyy, money as "1.250.000 đ", rates with one decimal. */
import dayjs, { type Dayjs } from 'dayjs';
import { formatVnd } from '../../shared/text/money';

/** '2026-07' → '07/2026'. */
export const monthLabel = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

export const vnd = (n: number) => formatVnd(n, { short: true });

/** 85.3 → '85,3%' in Vietnamese, '85.3%' in English; null (nothing due) → '—'. */
export function rateLabel(rate: number | null, lang: string): string {
  if (rate === null) return '—';
  return `${rate.toLocaleString(lang === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 })}%`;
}

export const currentMonth = () => dayjs().format('YYYY-MM');

export const toMonth = (d: Dayjs) => d.format('YYYY-MM');

/** The month after `month`, `n` times over: ('2026-12', 1) → '2027-01'. */
export function addMonths(month: string, n: number): string {
  return dayjs(`${month}-01`).add(n, 'month').format('YYYY-MM');
}

export const today = () => dayjs().format('YYYY-MM-DD');
