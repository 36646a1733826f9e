/** How the finance pages read: money as "1.250.000 đ" (the dues helpers), a year's first and last day. */
export { monthLabel, today, vnd } from '../dues/format';

export const yearStart = (year: number) => `${year}-01-01`;
export const yearEnd = (year: number) => `${year}-12-31`;
export const thisYear = () => new Date().getFullYear();
