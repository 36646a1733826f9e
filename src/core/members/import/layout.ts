/**
 * Where the table sits in a sheet: the header row (below title rows and merged titles), an optional second header
 * row (sub-columns such as "Nam | Nữ" under a merged "Ngày sinh"), a row of column numbers "(1) (2) (3)…", group
 * heading rows inside the data ("I. KHỐI VĂN PHÒNG", "Tổ 2") and the totals row at the end.
 */
import { cleanText } from '../../../shared/text/fold';
import { columnIndex, columnLetter } from '../../../shared/text/columns';
import { isTarget, type ImportTarget } from './fields';
import { headerKey, recogniseHeader } from './headers';
import type { CellValue, Grid, RawRow } from './types';
import { ImportError } from './errors';

export type ColumnTarget = ImportTarget | 'ignore';

export interface Layout {
  headerRow: number;
  /** The header row's cells, to recognise it when a printed list repeats it on every page. */
  header: RawRow;
  /** Index into grid.rows of the first data row. */
  dataFrom: number;
  /** Target per 0-based column; undefined = nothing there. */
  columns: (ColumnTarget | undefined)[];
  mapping: Record<string, string>;
  /** Column letter → what the file's header says there (with the sub-header below it, if any), for the UI. */
  headers: Record<string, string>;
  unmapped: string[];
  /** Columns that may hold the job title or the union position: nothing is read from them until the user chooses. */
  ambiguous: { column: string; header: string }[];
  /** Index into grid.rows of the header row (the rows from it to dataFrom are the table's head). */
  headerIndex: number;
}

const HEADER_SCAN = 30;

const str = (v: CellValue | undefined): string => (typeof v === 'string' ? cleanText(v) : '');
const blank = (v: CellValue | undefined) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
export const isBlankRow = (r: RawRow) => r.values.every(blank);

/** The user's choices: by column letter (A, B, …) or by the header's own text ("Chức vụ"), which the CLI takes. */
interface Override {
  byColumn: Map<number, ColumnTarget>;
  byHeader: Map<string, ColumnTarget>;
}

const COLUMN_LETTERS = /^[A-Z]{1,3}$/;

function parseOverride(mapping: Record<string, string> | undefined): Override {
  const out: Override = { byColumn: new Map(), byHeader: new Map() };
  for (const [key, target] of Object.entries(mapping ?? {})) {
    if (target !== 'ignore' && !isTarget(target)) {
      throw new ImportError(`Cột ${key}: không có trường «${target}» để ghép`, 'mapping');
    }
    if (COLUMN_LETTERS.test(key)) out.byColumn.set(columnIndex(key), target as ColumnTarget);
    else if (/[a-z]/.test(headerKey(key))) out.byHeader.set(headerKey(key), target as ColumnTarget);
    else throw new ImportError(`Bảng ghép cột có tên cột không hợp lệ: «${key}»`, 'mapping');
  }
  return out;
}

/** The row's columns as the header detection sees them: recognised targets, with the user's choices on top. */
function readHeader(row: RawRow, override: Override) {
  const width = Math.max(row.values.length, ...[...override.byColumn.keys()].map((c) => c + 1));
  const cols: (ColumnTarget | undefined)[] = [];
  const fields = new Set<ImportTarget>();
  const unknown: number[] = [];
  const ask: number[] = [];
  for (let c = 0; c < width; c++) {
    const text = str(row.values[c]);
    const byHeader = text ? override.byHeader.get(headerKey(text)) : undefined;
    const o = override.byColumn.get(c) ?? byHeader;
    const m = text ? recogniseHeader(text) : null;
    if (o !== undefined) cols[c] = o;
    else if (m === 'ask')
      ask.push(c); // read nothing from it until the user says what it holds
    else if (m !== null) cols[c] = m;
    else if (text) ((cols[c] = 'ignore'), unknown.push(c));
    const t = cols[c];
    if (t && t !== 'ignore' && text) fields.add(t); // a user's choice counts only where this row has a header text
  }
  return { cols, fields, unknown, ask };
}

const hasName = (f: Set<ImportTarget>) => f.has('fullName') || f.has('givenName');

/** A second header row: only texts, every new one a known header, and no name in the name column. */
function subHeaderTargets(next: RawRow | undefined, header: RawRow, cols: (ColumnTarget | undefined)[]) {
  if (!next || isBlankRow(next)) return null;
  const out = new Map<number, ColumnTarget | 'ask'>();
  for (let c = 0; c < next.values.length; c++) {
    const v = next.values[c];
    if (blank(v)) continue;
    if (typeof v !== 'string') return null;
    if (str(v) === str(header.values[c])) continue; // a header merged over both rows repeats its text
    if (cols[c] === 'fullName' || cols[c] === 'givenName') return null;
    const m = recogniseHeader(str(v));
    if (m === null) return null;
    out.set(c, m);
  }
  return out.size ? out : null;
}

const NUMBERING = /^\(?(\d{1,2}|[A-Z])\)?$/;

/** The "(1) (2) (3)…" row many official forms put under the header. */
function isNumberingRow(r: RawRow): boolean {
  let n = 0;
  for (const v of r.values) {
    if (blank(v)) continue;
    if (!(typeof v === 'number' ? Number.isInteger(v) && v < 100 : NUMBERING.test(String(v).trim()))) return false;
    n++;
  }
  return n >= 3;
}

export function findLayout(grid: Grid, userMapping?: Record<string, string>): Layout | null {
  const override = parseOverride(userMapping);
  let seen = 0;
  for (let i = 0; i < grid.rows.length && seen < HEADER_SCAN; i++) {
    const row = grid.rows[i];
    if (isBlankRow(row)) continue;
    seen++;
    const { cols, fields, unknown, ask } = readHeader(row, override);
    if (fields.size < 2 || !hasName(fields)) continue;

    let dataFrom = i + 1;
    const sub = subHeaderTargets(grid.rows[i + 1], row, cols);
    const subTexts = new Set<number>();
    if (sub) {
      for (const [c, t] of sub) {
        if (override.byColumn.has(c) || (cols[c] && override.byHeader.has(headerKey(str(row.values[c]))))) continue;
        subTexts.add(c);
        if (t === 'ask') ((cols[c] = undefined), ask.push(c));
        else cols[c] = t;
      }
      dataFrom++;
    }
    for (let k = 0; k < 2 && dataFrom < grid.rows.length && isNumberingRow(grid.rows[dataFrom]); k++) dataFrom++;

    const mapping: Record<string, string> = {};
    cols.forEach((t, c) => t && (mapping[columnLetter(c)] = t));
    const headers: Record<string, string> = {};
    for (let c = 0; c < Math.max(cols.length, row.values.length); c++) {
      const text = [str(row.values[c]), subTexts.has(c) ? str(grid.rows[i + 1].values[c]) : '']
        .filter(Boolean)
        .join(' / ');
      if (text) headers[columnLetter(c)] = text;
    }
    const unmapped = [
      ...new Set(unknown.filter((c) => !subTexts.has(c) && cols[c] === 'ignore').map((c) => str(row.values[c]))),
    ];
    const ambiguous = [...new Set(ask)]
      .filter((c) => cols[c] === undefined)
      .sort((a, b) => a - b)
      .map((c) => ({ column: columnLetter(c), header: headers[columnLetter(c)] ?? '' }));
    return {
      headerRow: row.row,
      header: row,
      headerIndex: i,
      dataFrom,
      columns: cols,
      mapping,
      headers,
      unmapped,
      ambiguous,
    };
  }
  return null;
}

/** A choice by header text ("Chức vụ=jobTitle") must name a column of the header the file has. */
export function checkNamedColumns(layout: Layout, userMapping?: Record<string, string>): void {
  const present = new Set(layout.header.values.map((v) => headerKey(str(v))));
  const missing = Object.keys(userMapping ?? {}).filter((k) => !COLUMN_LETTERS.test(k) && !present.has(headerKey(k)));
  if (missing.length)
    throw new ImportError(`Tệp không có cột nào tên ${missing.map((k) => `«${k}»`).join(', ')} để ghép`, 'mapping');
}

const GRAND_TOTAL = /^(tong cong|tong so)\b(?! ty)|^tong( \d|$)/;
const SUBTOTAL = /^cong( \d|$)/;
/** Cheap pre-check before folding: Tổng…/Cộng… (any case, NFC or NFD) start with t or c and have "ng" soon. */
const MAYBE_TOTAL = /^\s*[tc][^\s]{0,6}ng/i;

/** 'end' for the grand total ("Tổng cộng: 125"), after which come signatures; 'skip' for a subtotal ("Cộng: 12"). */
export function totalsKind(r: RawRow): 'end' | 'skip' | null {
  let kind: 'end' | 'skip' | null = null;
  for (const v of r.values) {
    if (typeof v !== 'string' || !MAYBE_TOTAL.test(v)) continue;
    const key = headerKey(v);
    if (GRAND_TOTAL.test(key)) return 'end';
    if (SUBTOTAL.test(key)) kind = 'skip';
  }
  return kind;
}

const HEADING_NUMBER = /^([IVXLC]+|[A-Z]|\d{1,2})[.)/]\s*/;
const STT_LETTER = /^([IVXLC]+|[A-Z])$/;
// Matched on the real (NFC) text, not folded: folding makes "Tổ 2" and the family name "Tô" the same word.
const HEADING_WORDS =
  /^(tổ|đội|khối|phòng|bộ phận|phân xưởng|xưởng|chi nhánh|văn phòng|nhà máy|công đoàn bộ phận)(\s|$)/iu;

/**
 * A group heading inside the data ("I. KHỐI VĂN PHÒNG", "Tổ 2 - Phân xưởng may"): the only text of its row (a
 * heading merged across the row repeats in every cell), in the name column (with at most a I/II/A/B in the STT
 * column) or in the STT column. Returns the group's name, numbering removed, or null.
 */
export function sectionHeading(r: RawRow, columns: (ColumnTarget | undefined)[]): string | null {
  let text = '';
  for (let c = 0; c < r.values.length && !text; c++) {
    const t = columns[c];
    if ((t === 'fullName' || t === 'givenName') && typeof r.values[c] === 'string')
      text = cleanText(r.values[c] as string);
  }
  // Some lists write the heading in the STT column instead ("II. Tổ 2" in column A).
  for (let c = 0; c < r.values.length && !text; c++) {
    if (columns[c] === 'ignore' && typeof r.values[c] === 'string' && !STT_LETTER.test((r.values[c] as string).trim()))
      text = cleanText(r.values[c] as string);
  }
  if (!text || !(HEADING_NUMBER.test(text) || HEADING_WORDS.test(text))) return null;
  for (let c = 0; c < r.values.length; c++) {
    const v = r.values[c];
    if (blank(v)) continue;
    const s = typeof v === 'string' ? cleanText(v) : String(v);
    if (s === text) continue; // the name cell itself, or a merged copy of it
    if (columns[c] === 'ignore' && STT_LETTER.test(s)) continue;
    return null; // member data elsewhere: "Tổ" was not a heading after all
  }
  return text.replace(HEADING_NUMBER, '').trim() || null;
}

/** A page's header or column numbers repeated inside the data (lists printed over several pages). */
export function isRepeatedHeader(r: RawRow, header: RawRow): boolean {
  if (isNumberingRow(r)) return true;
  let same = 0;
  for (let c = 0; c < r.values.length; c++) {
    const v = r.values[c];
    if (typeof v === 'string' && v.trim() && v === header.values[c] && ++same >= 2) return true;
  }
  return false;
}
