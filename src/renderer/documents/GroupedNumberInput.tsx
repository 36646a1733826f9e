/** Whole numbers (≥ 0) of a template's variables and item lists, shown grouped the Vietnamese way: 1.250.000. */
import { InputNumber, type InputNumberProps } from 'antd';

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

export function GroupedNumberInput(props: Omit<InputNumberProps<number>, 'min' | 'formatter' | 'parser'>) {
  return (
    <InputNumber<number> min={0} className="ud-full-width" formatter={formatGrouped} parser={parseGrouped} {...props} />
  );
}
