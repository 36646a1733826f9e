/**
 * Vietnamese personal names: family name first, given name last, middle name(s) between.
 * Lists sort by given name, then family name, then middle name (DOMAIN.md), with the vi collator,
 * case-insensitively ("NGUYỄN VĂN AN" sorts with "Nguyễn Văn An").
 */
import { cleanText } from './fold';

export interface NameParts {
  familyName: string;
  middleName: string;
  givenName: string;
}

export function splitName(fullName: string): NameParts {
  const words = cleanText(fullName).split(' ').filter(Boolean);
  if (words.length === 0) return { familyName: '', middleName: '', givenName: '' };
  if (words.length === 1) return { familyName: '', middleName: '', givenName: words[0] };
  return { familyName: words[0], middleName: words.slice(1, -1).join(' '), givenName: words[words.length - 1] };
}

export const viCollator = new Intl.Collator('vi', { sensitivity: 'base' });

export function compareNames(a: NameParts & { fullName?: string }, b: NameParts & { fullName?: string }): number {
  return (
    viCollator.compare(a.givenName, b.givenName) ||
    viCollator.compare(a.familyName, b.familyName) ||
    viCollator.compare(a.middleName, b.middleName) ||
    new Intl.Collator('vi').compare(a.fullName ?? '', b.fullName ?? '')
  );
}

// Vietnamese alphabet order at the collator's base level: a < ă < â … d < đ … o < ô < ơ … u < ư; tones are ignored.
const ALPHABET = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

function baseLetters(s: string): string {
  // Remove only the five tone marks, keep the letter-forming marks (breve, circumflex, horn), then recompose.
  return s.normalize('NFD').replace(TONES, '').normalize('NFC').toLowerCase();
}

/**
 * A string whose plain (binary) order equals the vi collator's base order, so SQL can ORDER BY it with an index.
 * Letters map to two-character codes in alphabet order; digits sort before letters; anything else after.
 */
export function viSortKey(s: string): string {
  let out = '';
  for (const ch of baseLetters(cleanText(s))) {
    const i = ALPHABET.indexOf(ch);
    if (i >= 0) out += String.fromCharCode(0x41 + i);
    else if (ch >= '0' && ch <= '9') out += String.fromCharCode(0x30 + Number(ch));
    else if (ch === ' ') out += ' ';
    else out += '~';
  }
  return out;
}

/** The register's sort key: given name, then family name, then middle name. */
export function nameSortKey(p: NameParts): string {
  return `${viSortKey(p.givenName)}\u0001${viSortKey(p.familyName)}\u0001${viSortKey(p.middleName)}`;
}
