/**
 * Money in documents (DOMAIN.md "Money"): every amount is an integer number of đồng, written "1.250.000 đồng"
 * (or "1.250.000 đ" in tables) and, on vouchers and decisions, in words: "Một triệu hai trăm năm mươi nghìn đồng".
 * Pure: no Node, no DOM.
 *
 * Decisions:
 * - Inputs are integer `number`s (up to Number.MAX_SAFE_INTEGER, past which a double no longer holds every đồng)
 *   or `bigint`s of any size (10^18 reads "một tỷ tỷ"). Fractions, NaN and Infinity throw a RangeError: a
 *   fraction of a đồng is a bug upstream, not something to round silently.
 * - Negative amounts (refunds, a deficit in a report) print with an ASCII "-" ("-1.250.000 đồng"), not U+2212,
 *   so a copied figure still pastes into Excel as a number; in words they start with "Âm".
 * - Reading rules are the standard northern ones used in official papers: "linh" (not "lẻ") for a zero tens
 *   digit, "nghìn" (not "ngàn"); both are options for a union that writes otherwise.
 */

export interface WordsOptions {
  /** Append "chẵn" ("Một triệu đồng chẵn"), as some treasurers write for round sums. Default false. */
  chan?: boolean;
  /** The unit word at the end; default "đồng". Empty string for a bare number. */
  unit?: string;
  /** Capitalise the first letter (default true: the words open the "Bằng chữ: …" phrase). */
  capitalize?: boolean;
  linh?: 'linh' | 'lẻ';
  nghin?: 'nghìn' | 'ngàn';
}

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const BILLION = 1_000_000_000n;

function toBigInt(n: number | bigint): bigint {
  if (typeof n === 'bigint') return n;
  if (!Number.isFinite(n) || !Number.isInteger(n)) throw new RangeError(`Số tiền phải là số nguyên đồng: ${n}`);
  if (!Number.isSafeInteger(n))
    throw new RangeError(`Số tiền quá lớn để tính chính xác (tối đa ${Number.MAX_SAFE_INTEGER}); dùng bigint`);
  return BigInt(n);
}

/** "1250000" → "1.250.000" (dots group thousands, as Vietnamese writes them). */
export function groupThousands(n: number | bigint): string {
  const v = toBigInt(n);
  const digits = (v < 0n ? -v : v).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return v < 0n ? `-${digits}` : digits;
}

/** "1.250.000 đồng"; with `{ short: true }` "1.250.000 đ" for table cells. */
export function formatVnd(n: number | bigint, opts: { short?: boolean } = {}): string {
  return `${groupThousands(n)} ${opts.short ? 'đ' : 'đồng'}`;
}

/** One group of three digits. `full` = the group follows a higher one, so its zero hundreds are read ("không trăm"). */
function readGroup(g: number, full: boolean, linh: string): string[] {
  const h = Math.floor(g / 100);
  const t = Math.floor(g / 10) % 10;
  const u = g % 10;
  const w: string[] = [];
  if (h > 0 || full) w.push(DIGITS[h], 'trăm');
  if (t === 0) {
    if (u > 0 && (h > 0 || full)) w.push(linh); // 105 "một trăm linh năm", 1001 "… không trăm linh một"
  } else if (t === 1) w.push('mười');
  else w.push(DIGITS[t], 'mươi');
  if (u > 0) {
    if (u === 1 && t >= 2)
      w.push('mốt'); // 21 "hai mươi mốt", but 11 "mười một"
    else if (u === 4 && t >= 2)
      w.push('tư'); // 24 "hai mươi tư", but 14 "mười bốn"
    else if (u === 5 && t >= 1)
      w.push('lăm'); // 15, 25 "lăm"; 5 and 105 stay "năm"
    else w.push(DIGITS[u]);
  }
  return w;
}

/** 0 < n < 10^9: triệu / nghìn / units, skipping zero groups. */
function readBelowBillion(n: number, full: boolean, o: Required<Pick<WordsOptions, 'linh' | 'nghin'>>): string[] {
  const groups: [number, string][] = [
    [Math.floor(n / 1_000_000), 'triệu'],
    [Math.floor(n / 1000) % 1000, o.nghin],
    [n % 1000, ''],
  ];
  const w: string[] = [];
  for (const [g, name] of groups) {
    if (g === 0) continue;
    w.push(...readGroup(g, full || w.length > 0, o.linh));
    if (name) w.push(name);
  }
  return w;
}

/** n > 0: "tỷ" repeats for the higher part (10^12 "một nghìn tỷ", 10^18 "một tỷ tỷ"). */
function readPositive(n: bigint, full: boolean, o: Required<Pick<WordsOptions, 'linh' | 'nghin'>>): string[] {
  if (n < BILLION) return readBelowBillion(Number(n), full, o);
  const lo = Number(n % BILLION);
  const w = [...readPositive(n / BILLION, full, o), 'tỷ'];
  if (lo > 0) w.push(...readBelowBillion(lo, true, o));
  return w;
}

/** The bare reading in lower case: 2005000 → "hai triệu không trăm linh năm nghìn". */
export function readNumberVi(n: number | bigint, opts: Pick<WordsOptions, 'linh' | 'nghin'> = {}): string {
  const v = toBigInt(n);
  const o = { linh: opts.linh ?? 'linh', nghin: opts.nghin ?? 'nghìn' };
  if (v === 0n) return 'không';
  const words = readPositive(v < 0n ? -v : v, false, o);
  return (v < 0n ? ['âm', ...words] : words).join(' ');
}

/** 1250000 → "Một triệu hai trăm năm mươi nghìn đồng"; 0 → "Không đồng". */
export function vndInWords(n: number | bigint, opts: WordsOptions = {}): string {
  const parts = [readNumberVi(n, opts)];
  const unit = opts.unit ?? 'đồng';
  if (unit) parts.push(unit);
  if (opts.chan) parts.push('chẵn');
  const s = parts.join(' ');
  return opts.capitalize === false ? s : s.charAt(0).toLocaleUpperCase('vi-VN') + s.slice(1);
}

/**
 * Reads an amount typed by a person or stored in JSON: 1250000, "1250000", "1.250.000", "1 250 000 đ".
 * Returns null when it is not a whole number of đồng (a "1,5" is refused rather than guessed).
 */
export function parseVnd(v: unknown): number | null {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? v : null;
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : null;
  if (typeof v !== 'string') return null;
  const s = v.replace(/\s+/g, '').replace(/(đồng|đ|VNĐ|VND)$/i, '');
  if (!/^-?(\d{1,3}([.,]\d{3})+|\d+)$/.test(s)) return null;
  const n = Number(s.replace(/[.,]/g, ''));
  return Number.isSafeInteger(n) ? n : null;
}
