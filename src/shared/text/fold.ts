/**
 * Vietnamese search folding: NFC/NFD, case, tones and old/new tone placement (hòa = hoà) all fold away,
 * and đ/Đ becomes d (đ has no Unicode decomposition, so stripping marks alone misses it).
 */
const MARKS = /[\u0300-\u036f]/g;

export function foldVi(s: string): string {
  return s.normalize('NFD').replace(MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The words of a folded text, for "each typed word matches the start of a word". */
export function foldedWords(s: string): string[] {
  return foldVi(s)
    .split(/[^a-z0-9@._+-]+/)
    .filter(Boolean);
}

// Only runs of 2+ spaces and non-space whitespace need replacing: `\s+` would also "replace" every single space,
// making a new string for every clean text (imports clean each value several times).
const SPACE_RUNS = /\s{2,}|[^\S ]/g;

/** NFC with collapsed inner spaces: how every text is stored. */
export function cleanText(s: string): string {
  return s.normalize('NFC').replace(SPACE_RUNS, ' ').trim();
}
