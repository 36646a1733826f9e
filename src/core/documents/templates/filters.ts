/**
 * Filters for {{value|filter:arg}} and the default way a value becomes text. The list is in the templates
 * README; each filter gets the value and its raw argument and returns a new value (chains run left to right).
 * A filter that builds Markdown structure (list lines, table rows) returns `Md`, which is inserted as is; every
 * other value is made literal by the filler (literalValue), and so is each item inside those lines and rows: a
 * value is text a person typed, and `**`, `# `, `1. ` or `\phuluc X` in it must print as typed, not become bold, a
 * heading, a list or an appendix.
 */
import { formatDateVi, longDateVi, upperVi, weekdayVi } from '../../../shared/text/format';
import { formatVnd, groupThousands, parseVnd, vndInWords } from '../../../shared/text/money';

export class Md {
  constructor(readonly md: string) {}
}
export class FilterError extends Error {}

export interface FilterContext {
  /** Looks a path up in the current scope (the loop item first, then the data). */
  lookup(path: string): { found: boolean; value?: unknown };
  /** The placeholder is alone on its line (lists then become Markdown list lines). */
  standalone: boolean;
  /** Values are literal text (the default); false where the caller passes Markdown it made literal itself. */
  literal: boolean;
}

/**
 * A value's text as literal Markdown (markdown-it's backslash escapes): inline markers, and at a line's start what
 * would open a block (list, heading, setext underline, thematic break, ordered list "1. ", blockquote, centring
 * "->"). The backslash itself first, so `\phuluc` and `\pagebreak` stay text. Full stops and dashes inside a line
 * are left alone ("1.250.000 đ", "2025-2030"), as are the letters, so the filled source stays readable.
 */
export function literalValue(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#+~!|&]/g, '\\$&')
    .replace(/^([ \t]*)([-=])/gm, '$1\\$2')
    .replace(/^([ \t]*\d{1,9})([.)])(?=[ \t]|$)/gm, '$1\\$2');
}

/** "2026-02-05" or "5/2/2026" → "2026-02-05"; null for anything else. */
export function toIsoDate(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const s = v.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  return m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : null;
}

/** Integers from 10.000 up get dot groups (so years and counts stay "2026", "9"); decimals use a comma. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const [int, dec] = String(Math.abs(n)).split('.');
  const body = Math.abs(n) >= 10_000 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : int;
  return `${n < 0 ? '-' : ''}${body}${dec ? `,${dec}` : ''}`;
}

/** The default text of a value. Arrays join with ", " inline and become numbered lines alone on a line. */
export function toText(v: unknown, standalone = false, literal = false): string {
  if (v === undefined || v === null) return '';
  if (v instanceof Md) return v.md;
  if (typeof v === 'string') return toIsoDate(v) && /^\d{4}-/.test(v.trim()) ? formatDateVi(v.trim()) : v;
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'bigint') return groupThousands(v);
  if (typeof v === 'boolean') return v ? 'Có' : 'Không';
  if (Array.isArray(v))
    return standalone ? lines(v, '', true, literal) : v.map((x) => toText(x).replace(/\s*\n\s*/g, ' ')).join(', ');
  throw new FilterError('là một nhóm giá trị, hãy chỉ rõ trường (ví dụ {{org.name}})');
}

/** Text for one table cell or list line: no newline, literal (or, for pre-made Markdown, "|" escaped). */
function cell(v: unknown, literal: boolean): string {
  const text = toText(v).replace(/\s*\n\s*/g, ' ');
  return literal ? literalValue(text) : text.replace(/\|/g, '\\|');
}

function fields(arg: string): { key: string; label: string }[] {
  return arg
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const [key, label] = s.split('=').map((x) => x.trim());
      return { key, label: label || key };
    });
}

function pick(item: unknown, key: string): unknown {
  let cur = item;
  for (const seg of key.split('.'))
    cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[seg] : undefined;
  return cur;
}

function asList(v: unknown, filter: string): unknown[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new FilterError(`bộ lọc "${filter}" cần một danh sách`);
  return v;
}

/** An item as one line: "Nguyễn Văn B: đi công tác, Tổ 2" (first field, then the rest after a colon). */
function itemLine(item: unknown, arg: string, literal: boolean): string {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return cell(item, literal);
  const keys = arg.trim() ? fields(arg).map((f) => f.key) : Object.keys(item);
  const parts = keys.map((k) => cell(pick(item, k), literal)).filter(Boolean);
  return parts.length > 1 ? `${parts[0]}: ${parts.slice(1).join(', ')}` : (parts[0] ?? '');
}

function lines(list: unknown[], arg: string, numbered: boolean, literal: boolean): string {
  return list.map((x, i) => `${numbered ? `${i + 1}.` : '-'} ${itemLine(x, arg, literal)}`).join('\n');
}

function rows(list: unknown[], arg: string, literal: boolean): string[] {
  const cols = fields(arg);
  return list.map((item, i) => {
    const cells = cols.length
      ? cols.map((c) => cell(pick(item, c.key), literal))
      : item && typeof item === 'object'
        ? Object.values(item).map((x) => cell(x, literal))
        : [cell(item, literal)];
    return `| ${i + 1} | ${cells.join(' | ')} |`;
  });
}

function amount(v: unknown, filter: string): number {
  const n = parseVnd(v);
  if (n === null) throw new FilterError(`bộ lọc "${filter}" cần một số tiền nguyên (đồng), nhận được "${String(v)}"`);
  return n;
}

function date(v: unknown, filter: string): string {
  const iso = toIsoDate(v);
  if (!iso)
    throw new FilterError(`bộ lọc "${filter}" cần một ngày (YYYY-MM-DD hoặc dd/mm/yyyy), nhận được "${String(v)}"`);
  return iso;
}

function numeric(v: unknown, what: string): number {
  const n =
    typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v.trim().replace(',', '.')) : NaN;
  if (!Number.isFinite(n)) throw new FilterError(`${what} phải là một số, nhận được "${String(v)}"`);
  return n;
}

type Filter = (v: unknown, arg: string, ctx: FilterContext) => unknown;
const skipEmpty =
  (f: Filter): Filter =>
  (v, arg, ctx) =>
    v === undefined || v === null || v === '' ? v : f(v, arg, ctx);

export const FILTERS: Record<string, Filter> = {
  words: skipEmpty((v) => vndInWords(amount(v, 'words'))),
  vnd: skipEmpty((v, arg) => formatVnd(amount(v, 'vnd'), { short: arg.trim() === 'short' })),
  number: skipEmpty((v) => (parseVnd(v) !== null ? groupThousands(parseVnd(v)!) : formatNumber(numeric(v, 'Giá trị')))),
  long: skipEmpty((v) => longDateVi(date(v, 'long'))),
  dmy: skipEmpty((v) => formatDateVi(date(v, 'dmy'))),
  weekday: skipEmpty((v) => weekdayVi(date(v, 'weekday'))),
  iso: skipEmpty((v) => new Md(date(v, 'iso'))), // final text: the default rendering would turn it back into dd/mm/yyyy
  upper: skipEmpty((v) => upperVi(toText(v))),
  lower: skipEmpty((v) => toText(v).toLocaleLowerCase('vi-VN')),
  // A summary reused mid-sentence ("Kế hoạch tổ chức …") loses only its capital, not those of proper names.
  lowerFirst: skipEmpty((v) => toText(v).replace(/^\p{Lu}/u, (c) => c.toLocaleLowerCase('vi-VN'))),
  upperFirst: skipEmpty((v) => toText(v).replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase('vi-VN'))),
  year: skipEmpty((v) => date(v, 'year').slice(0, 4)),
  count: (v) => asList(v, 'count').length,
  /** "03 người", "02 bản": official papers write counts below ten with a leading zero. */
  pad: skipEmpty((v) => {
    const n = numeric(v, 'Giá trị');
    return Number.isInteger(n) && n >= 0 && n < 10 ? `0${n}` : n;
  }),
  /** Sum of the items (or of one field of each): a total row that cannot disagree with the rows above it. */
  sum: (v, arg) =>
    asList(v, 'sum').reduce<number>((acc, item) => {
      const x = arg.trim() ? pick(item, arg.trim()) : item;
      const n = x === undefined || x === null || x === '' ? 0 : (parseVnd(x) ?? numeric(x, `Giá trị "${arg.trim()}"`));
      return acc + n;
    }, 0),
  // Not escaped here: the filler escapes "|" in the joined text once.
  join: (v, arg) =>
    asList(v, 'join')
      .map((x) => toText(x).replace(/\s*\n\s*/g, ' '))
      .join(arg === '' ? ', ' : arg),
  list: (v, arg, ctx) => new Md(lines(asList(v, 'list'), arg, true, ctx.literal)),
  bullets: (v, arg, ctx) => new Md(lines(asList(v, 'bullets'), arg, false, ctx.literal)),
  rows: (v, arg, ctx) => new Md(rows(asList(v, 'rows'), arg, ctx.literal).join('\n')),
  table: (v, arg, ctx) => {
    const list = asList(v, 'table');
    const first = list[0];
    const cols = arg.trim()
      ? fields(arg)
      : first && typeof first === 'object'
        ? Object.keys(first).map((k) => ({ key: k, label: k }))
        : [{ key: '', label: '' }];
    const spec = cols.map((c) => `${c.key}=${c.label}`).join(',');
    const head = [
      `| STT | ${cols.map((c) => c.label.replace(/\|/g, '\\|')).join(' | ')} |`,
      `|:---:|${cols.map(() => '---').join('|')}|`,
    ];
    return new Md([...head, ...rows(list, first && typeof first === 'object' ? spec : '', ctx.literal)].join('\n'));
  },
  percent: skipEmpty((v, arg, ctx) => {
    const a = arg.trim();
    const ref = /^\d+([.,]\d+)?$/.test(a) ? a : ctx.lookup(a).value;
    const den = numeric(ref, `Mẫu số của "percent:${a}"`);
    if (den === 0) throw new FilterError(`mẫu số của "percent:${a}" bằng 0`);
    const p = Math.round((numeric(v, 'Tử số') / den) * 1000) / 10;
    return `${formatNumber(p)}%`;
  }),
  default: (v, arg) =>
    v === undefined || v === null || v === '' || (v instanceof Md && !v.md) || (Array.isArray(v) && v.length === 0)
      ? arg
      : v,
};

/** Filters that may also be written as a last path segment: {{date.long}} = {{date|long}}. */
export const SUFFIX_FILTERS = new Set([
  'words',
  'vnd',
  'number',
  'long',
  'dmy',
  'iso',
  'year',
  'upper',
  'lower',
  'count',
]);
