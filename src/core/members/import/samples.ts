/**
 * A few values of each column as the file has them, for the mapping step: a header alone ("Chức vụ") does not say
 * whether "Thủ kho, Lái xe" or "Chủ tịch" is below it, three values do.
 */
import { cleanText } from '../../../shared/text/fold';
import { columnLetter } from '../../../shared/text/columns';
import { convertLegacy, detectCell } from './legacy/detect';
import type { CellValue, RawRow } from './types';

export const SAMPLES_PER_COLUMN = 3;
const MAX_SAMPLE_CHARS = 60;

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as a person would read it: dates dd/mm/yyyy, legacy text converted, long text cut. */
export function cellText(v: CellValue | undefined, font?: Parameters<typeof detectCell>[1]): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return `${pad(v.getUTCDate())}/${pad(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}`;
  if (typeof v !== 'string') return String(v);
  const enc = detectCell(v, font);
  const text = cleanText(enc ? convertLegacy(v, enc, font === 'tcvn3H') : v);
  return text.length > MAX_SAMPLE_CHARS ? `${text.slice(0, MAX_SAMPLE_CHARS - 1)}…` : text;
}

/** Collects the first distinct values per column (by letter) from the member rows it is shown. */
export class SampleCollector {
  private readonly byColumn = new Map<number, string[]>();
  private full = 0;

  constructor(private readonly columns: number[]) {}

  add(row: RawRow): void {
    if (this.full === this.columns.length) return;
    for (const c of this.columns) {
      const list = this.byColumn.get(c) ?? [];
      if (list.length >= SAMPLES_PER_COLUMN) continue;
      const text = cellText(row.values[c], row.fonts?.[c]);
      if (!text || list.includes(text)) continue;
      list.push(text);
      this.byColumn.set(c, list);
      if (list.length === SAMPLES_PER_COLUMN) this.full++;
    }
  }

  result(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const c of this.columns) out[columnLetter(c)] = this.byColumn.get(c) ?? [];
    return out;
  }
}
