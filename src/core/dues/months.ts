/** Months as `YYYY-MM` strings: their order is the strings' order, so they compare and sort as text. */
import { isoDay } from '../../shared/text/format';

export function addMonths(month: string, n: number): string {
  const total = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** How many months from `a` to `b` (b − a); negative when b is earlier. */
export function monthsBetween(a: string, b: string): number {
  const n = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
  return n(b) - n(a);
}

/** The month of a YYYY-MM-DD date. */
export const monthOf = (date: string): string => date.slice(0, 7);

export const firstDay = (month: string): string => `${month}-01`;

/** This month on the union's clock (Asia/Ho_Chi_Minh). */
export const currentMonth = (): string => monthOf(isoDay(new Date()));

export const today = (): string => isoDay(new Date());

/** "07/2026", as the union's papers write a month. */
export const monthVi = (month: string): string => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

/** Every month from `from` to `to`, both included. */
export function monthRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}
