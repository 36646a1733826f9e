/**
 * Filters for {{value|filter:arg}} and the default way a value becomes text. The list is in the templates
 * README; each filter gets the value and its raw argument and returns a new value (chains run left to right).
 * A filter that builds Markdown structure (list lines, table rows) returns `Md`, which is inserted as is; every
 * other value is escaped by the filler so a "|" in a name cannot break a table.
 */
import { formatDateVi, longDateVi, upperVi } from '../../../shared/text/format';
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
export function toText(v: unknown, standalone = false): string {
  if (v === undefined || v === null) return '';
  if (v instanceof Md) return v.md;
  if (typeof v === 'string') return toIsoDate(v) && /^\d{4}-/.test(v.trim()) ? formatDateVi(v.trim()) : v;
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'bigint') return groupThousands(v);
  if (typeof v === 'boolean') return v ? 'Có' : 'Không';
  if (Array.isArray(v))
    return standalone ? lines(v, '', true) : v.map((x) => toText(x).replace(/\s*\n\s*/g, ' ')).join(', ');
  throw new FilterError('là một nhóm giá trị, hãy chỉ rõ trường (ví dụ {{org.name}})');
}

/** Text for one table cell or list line: no newline, "|" escaped. */
function cell(v: unknown): string {
  return toText(v)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|');
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
function itemLine(item: unknown, arg: string): string {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return cell(item);
  const keys = arg.trim() ? fields(arg).map((f) => f.key) : Object.keys(item);
  const parts = keys.map((k) => cell(pick(item, k))).filter(Boolean);
  return parts.length > 1 ? `${parts[0]}: ${parts.slice(1).join(', ')}` : (parts[0] ?? '');
}

function lines(list: unknown[], arg: string, numbered: boolean): string {
  return list.map((x, i) => `${numbered ? `${i + 1}.` : '-'} ${itemLine(x, arg)}`).join('\n');
}

function rows(list: unknown[], arg: string): string[] {
  const cols = fields(arg);
  return list.map((item, i) => {
    const cells = cols.length
      ? cols.map((c) => cell(pick(item, c.key)))
      : item && typeof item === 'object'
        ? Object.values(item).map(cell)
        : [cell(item)];
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
  list: (v, arg) => new Md(lines(asList(v, 'list'), arg, true)),
  bullets: (v, arg) => new Md(lines(asList(v, 'bullets'), arg, false)),
  rows: (v, arg) => new Md(rows(asList(v, 'rows'), arg).join('\n')),
  table: (v, arg) => {
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
    return new Md([...head, ...rows(list, first && typeof first === 'object' ? spec : '')].join('\n'));
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
