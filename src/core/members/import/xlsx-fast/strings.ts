/**
 * The shared string table. Rich text is flattened to its text; the first run that names a font is kept, since a
 * run typed in .VnTime is how TCVN3 text inside an otherwise Unicode cell announces itself. Phonetic guides
 * (<rPh>, furigana) are not part of the text.
 */
import { attr, contentAt, decodeText, findTag, rootPrefix, tagAttrs, unescapeX } from './xml';

export interface SharedStrings {
  /** null for an <si> with neither text nor runs (exceljs reads it as an empty value object). */
  text: (string | null)[];
  /** Font of the first run that names one; sparse. */
  font: (string | undefined)[];
}

export const NO_STRINGS: SharedStrings = { text: [], font: [] };

function withoutPhonetics(si: string, p: string): string {
  const open = `<${p}rPh`;
  for (let at = findTag(si, open, 0); at >= 0; at = findTag(si, open, at)) {
    si = si.slice(0, at) + si.slice(contentAt(si, at, `${p}rPh`).end);
  }
  return si;
}

/** Text of a `<t>` child with Excel's escapes undone; undefined when there is none. */
function tText(xml: string, p: string): string | undefined {
  const at = findTag(xml, `<${p}t`, 0);
  return at < 0 ? undefined : unescapeX(decodeText(contentAt(xml, at, `${p}t`).text));
}

/** A string item (`<si>` or a cell's `<is>` content): its text, whether it is rich text, the first run font. */
export function stringItem(si: string, p: string): { text: string | null; runs: boolean; font?: string } {
  if (si.includes('rPh')) si = withoutPhonetics(si, p);
  const run = `<${p}r`;
  let at = findTag(si, run, 0);
  if (at < 0) {
    const text = tText(si, p);
    return { text: text ?? null, runs: false };
  }
  let text = '';
  let font: string | undefined;
  while (at >= 0) {
    const { text: r, end } = contentAt(si, at, `${p}r`);
    text += tText(r, p) ?? '';
    if (font === undefined) {
      const f = findTag(r, `<${p}rFont`, 0);
      if (f >= 0) font = attr(tagAttrs(r, f, `${p}rFont`), 'val');
    }
    at = findTag(si, run, end);
  }
  return { text, runs: true, font };
}

export function readSharedStrings(xml: string): SharedStrings {
  const p = rootPrefix(xml);
  const out: SharedStrings = { text: [], font: [] };
  const open = `<${p}si`;
  for (let at = findTag(xml, open, 0); at >= 0;) {
    const { text: si, end } = contentAt(xml, at, `${p}si`);
    const n = out.text.length;
    // Most items are one plain <t>: read it without the general path.
    if (si.startsWith(`<${p}t>`) && si.endsWith(`</${p}t>`) && si.indexOf('<', 1) === si.length - p.length - 4) {
      out.text.push(unescapeX(decodeText(si.slice(p.length + 3, si.length - p.length - 4))));
    } else {
      const item = stringItem(si, p);
      out.text.push(item.text);
      if (item.font !== undefined) out.font[n] = item.font;
    }
    at = findTag(xml, open, end);
  }
  return out;
}
