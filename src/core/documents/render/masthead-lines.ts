/**
 * Where the masthead's long names break. Left to the word processor, "CÔNG ĐOÀN PHƯỜNG LONG BIÊN" wraps as
 * "…LONG / BIÊN", splitting a place name; secretaries break these lines by hand after the organisation type
 * ("CÔNG ĐOÀN CƠ SỞ / CÔNG TY TNHH …") and into even lines. This chooses such breaks from the real glyph widths, so
 * Word, PDF and HTML get the same explicit lines (each can still wrap if a single word group is too wide).
 */
import { textUnits, textWidth, unitsToPt, type Face } from './font-metrics';
import { LAYOUT } from './layout';

/** Organisation types a name starts with: the best first line on its own. */
const PREFIXES = ['CÔNG ĐOÀN CƠ SỞ', 'LIÊN ĐOÀN LAO ĐỘNG', 'CÔNG ĐOÀN NGÀNH', 'CÔNG ĐOÀN'];
/** Word groups never split across lines (Vietnamese words are mostly two syllables; these are the common ones here). */
const GROUPS = [
  'CÔNG ĐOÀN',
  'CƠ SỞ',
  'LIÊN ĐOÀN',
  'LAO ĐỘNG',
  'CÔNG TY',
  'CỔ PHẦN',
  'KHU CÔNG NGHIỆP',
  'KHU CHẾ XUẤT',
  'KHU KINH TẾ',
  'VIỆT NAM',
  'GIÁO DỤC',
  'Y TẾ',
  'THÀNH PHỐ',
  'ĐIỆN TỬ',
  'TRÁCH NHIỆM HỮU HẠN',
];

const LONE_SYLLABLE = 5e5; // a line of one syllable ("BIÊN")
const PREFIX_BONUS = 2e5; // the first line is exactly the organisation type

const GROUP_WORDS = GROUPS.map((g) => g.split(' '));
const PREFIX_WORDS = PREFIXES.map((p) => p.split(' '));

/** Break positions (word indexes) inside the groups above: a break before such a word splits a group. */
function groupInnerBreaks(words: string[]): Set<number> {
  const inner = new Set<number>();
  for (const gw of GROUP_WORDS) {
    for (let i = 0; i + gw.length <= words.length; i++) {
      if (gw.every((w, k) => words[i + k] === w)) for (let k = 1; k < gw.length; k++) inner.add(i + k);
    }
  }
  return inner;
}

/**
 * The lines of an UPPERCASE name set centred in `widthPt` at `size` pt: one line when it fits; otherwise the fewest
 * lines that fit, as even as possible, breaking after the organisation type and never inside a word group.
 * A name that cannot be split to fit is returned whole (the renderer wraps it).
 */
export function mastheadLines(text: string, size: number, face: Face, widthPt: number): string[] {
  const given = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (given.length > 1) return given.flatMap((l) => mastheadLines(l, size, face, widthPt)); // the user's own breaks win
  const name = given[0] ?? '';
  if (!name || textWidth(name, size, face) <= widthPt) return name ? [name] : [];
  const words = name.split(/\s+/);
  const n = words.length;
  const inner = groupInnerBreaks(words);
  // Widths add up (no kerning): a line of words i..j-1 is the sum of their advances and the spaces between, in
  // whole font units, so this gives textWidth of the joined line exactly without measuring O(n²) strings.
  const space = textUnits(' ', face);
  const upTo = [0];
  for (const w of words) upTo.push(upTo[upTo.length - 1] + textUnits(w, face));
  const width = (i: number, j: number) => unitsToPt(upTo[j] - upTo[i] + (j - i - 1) * space, size, face);
  const prefixEnd = PREFIX_WORDS.find((p) => p.length < n && p.every((w, k) => words[k] === w))?.length;

  // best[i]: the best layout of words[i..]. Ranked by lines + split groups (a split group costs as much as a line:
  // "CÔNG ĐOÀN / KHU CÔNG NGHIỆP / THĂNG LONG" beats "CÔNG ĐOÀN KHU CÔNG / NGHIỆP THĂNG LONG"), then by fewer
  // splits, then by evenness (squared slack), lone syllables and the organisation-type bonus.
  type Layout = { rank: number; splits: number; cost: number; breaks: number[] };
  const better = (a: Layout, b: Layout | null) =>
    !b || a.rank < b.rank || (a.rank === b.rank && (a.splits < b.splits || (a.splits === b.splits && a.cost < b.cost)));
  const best: (Layout | null)[] = Array(n + 1).fill(null);
  best[n] = { rank: 0, splits: 0, cost: 0, breaks: [] };
  for (let i = n - 1; i >= 0; i--) {
    for (let j = i + 1; j <= n; j++) {
      const rest = best[j];
      const w = width(i, j);
      if (w > widthPt || !rest) continue;
      const split = j < n && inner.has(j) ? 1 : 0;
      const cost =
        (widthPt - w) ** 2 + (j - i === 1 ? LONE_SYLLABLE : 0) - (i === 0 && j === prefixEnd ? PREFIX_BONUS : 0);
      const cand = {
        rank: rest.rank + 1 + split,
        splits: rest.splits + split,
        cost: rest.cost + cost,
        breaks: [j, ...rest.breaks],
      };
      if (better(cand, best[i])) best[i] = cand;
    }
  }
  if (!best[0]) return [name];
  const out: string[] = [];
  let at = 0;
  for (const b of best[0].breaks) {
    out.push(words.slice(at, b).join(' '));
    at = b;
  }
  return out;
}

/**
 * The masthead's left-column names as lines, for the column width of this page geometry. A 2 pt margin keeps a
 * line chosen here from wrapping in Word, whose kerning and rounding can differ by a fraction of a point.
 */
export function mastheadNames(
  v: { upperLevel: string; issuer: string },
  contentPt: number,
): { upper: string[]; issuer: string[] } {
  const m = LAYOUT.masthead;
  const width = contentPt * m.leftShare - 2 * LAYOUT.layoutTablePadXPt - 2;
  return {
    upper: mastheadLines(v.upperLevel, m.upperLevelSize, 'normal', width),
    issuer: mastheadLines(v.issuer, m.issuerSize, 'bold', width),
  };
}

/** One line of the official form as every renderer sets it (centred unless `align` says otherwise). */
export interface LineOpts {
  size: number;
  bold?: boolean;
  italics?: boolean;
  align?: 'left' | 'center';
  beforePt?: number;
  afterPt?: number;
}

/** A masthead cell's content: lines of text and the short rules under the issuer and under the motto. */
export type MastheadItem = (LineOpts & { text: string }) | { rulePt: number };

/**
 * The masthead's four cells — names over a rule | nation and motto over a rule; number line | place and date —
 * described once, so Word, PDF and HTML only decide how a line and a rule are drawn.
 */
export function mastheadCells(
  v: {
    upperLevel: string;
    issuer: string;
    nation: string;
    motto: string;
    numberLine: string;
    letterSummary: string;
    dateLine: string;
    isLetter: boolean;
  },
  contentPt: number,
): { left: MastheadItem[]; right: MastheadItem[]; number: MastheadItem[]; date: MastheadItem[] } {
  const m = LAYOUT.masthead;
  const names = mastheadNames(v, contentPt);
  // A công văn has no title below: its "V/v" line closes the masthead, so the gap before the body goes here.
  const after = v.isLetter ? LAYOUT.title.afterPt : 0;
  const number: MastheadItem[] = [
    { text: v.numberLine, size: m.numberSize, beforePt: m.secondRowBeforePt, afterPt: v.letterSummary ? 0 : after },
  ];
  if (v.letterSummary) number.push({ text: v.letterSummary, size: m.letterSummarySize, afterPt: after });
  return {
    left: [
      ...names.upper.map((text) => ({ text, size: m.upperLevelSize })),
      ...names.issuer.map((text) => ({ text, size: m.issuerSize, bold: true })),
      { rulePt: m.issuerRulePt },
    ],
    right: [
      { text: v.nation, size: m.nationSize, bold: true },
      { text: v.motto, size: m.mottoSize, bold: true },
      { rulePt: m.mottoRulePt },
    ],
    number,
    date: [{ text: v.dateLine, size: m.dateSize, italics: true, beforePt: m.secondRowBeforePt, afterPt: after }],
  };
}
