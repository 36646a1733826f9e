/** Shared input settings: dates typed as dd/mm/yyyy (also d/m/yyyy, ddmmyyyy), numbers grouped the Vietnamese way. */
export const DATE_FORMATS = ['DD/MM/YYYY', 'D/M/YYYY', 'DDMMYYYY'];

const grouped = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/** 1250000 → "1.250.000" */
export function formatGrouped(v: number | string | undefined): string {
  if (v === undefined || v === null || `${v}` === '') return '';
  const n = Number(v);
  return Number.isFinite(n) ? grouped.format(n) : String(v);
}

/** "1.250.000" (or "1 250 000", "1,250,000") → 1250000 */
export function parseGrouped(v: string | undefined): number {
  const digits = (v ?? '').replace(/\D/g, '');
  return digits ? Number(digits) : (undefined as unknown as number);
}
