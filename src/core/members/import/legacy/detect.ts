/**
 * Deciding whether a text is legacy TCVN3/VNI rather than Unicode.
 *
 * Both legacy encodings show up as ordinary Latin-1 characters ("NguyÔn", "Nguyeãn"), several of which are also real
 * Vietnamese letters (ô, ã, à, é…), so a character alone proves nothing. Two safeguards keep Unicode text intact:
 *  1. a text holding any character outside code page 1252 (ă, đ, ơ, ư, ạ…) cannot be legacy bytes — never touched;
 *  2. without a font that says so, a text is converted only when conversion turns more of its words into
 *     well-formed Vietnamese syllables than were before ("V¨n" → "Văn" yes; "Lê Hà" → "Lờ HỔ" no, both read fine).
 */
import type { FontHint, LegacyEncoding } from '../types';
import { LEGACY_REPERTOIRE, tcvn3ToUnicode } from './tcvn3';
import { vniToUnicode } from './vni';

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
// Initial consonant, vowel nucleus (toneless, longest first), final consonant; loose on purpose (loan words).
const SYLLABLE = new RegExp(
  '^(ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?' +
    '(iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|uya|uyê|uyu|' +
    'ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|oo|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ưu|ươ|yê|' +
    '[aăâeêioôơuưy])' +
    '(ch|ng|nh|[cmnpt])?$',
);

/** Is one word (letters only, any case) a well-formed Vietnamese syllable with at most one tone? */
export function isSyllable(word: string): boolean {
  const d = word.toLowerCase().normalize('NFD');
  const tones = d.match(TONE_MARKS);
  if (tones && tones.length > 1) return false;
  return SYLLABLE.test(d.replace(TONE_MARKS, '').normalize('NFC'));
}

// Word boundaries that legacy conversion never creates or removes: spaces and ASCII punctuation.
const SPLIT = /[\s!-/:-@[-`{-~]+/;

function plausibleCount(words: string[], changed: boolean[]): number {
  let n = 0;
  for (let i = 0; i < words.length; i++) if (changed[i] && isSyllable(words[i])) n++;
  return n;
}

/** Conversion wins when it turns more of the changed words into real syllables than were real before. */
function conversionWins(original: string, converted: string): boolean {
  const a = original.split(SPLIT);
  const b = converted.split(SPLIT);
  if (a.length !== b.length) return false;
  const changed = a.map((w, i) => w !== b[i]);
  if (!changed.includes(true)) return false;
  return plausibleCount(b, changed) > plausibleCount(a, changed);
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Could this text be legacy bytes at all? (Non-ASCII, and nothing outside code page 1252.) */
export function mayBeLegacy(s: string): boolean {
  return NON_ASCII.test(s) && LEGACY_REPERTOIRE.test(s);
}

/** `upper` is for the TCVN3 capitals fonts (.VnTimeH); VNI has real capitals and needs no such flag. */
export function convertLegacy(s: string, enc: LegacyEncoding, upper = false): string {
  return enc === 'vni' ? vniToUnicode(s) : tcvn3ToUnicode(s, upper);
}

export function encodingOfFont(hint: FontHint): LegacyEncoding {
  return hint === 'vni' ? 'vni' : 'tcvn3';
}

/**
 * The legacy encoding one text cell is in, or null. A font hint is trusted unless the text holds non-cp1252
 * characters (Unicode typed into an old template) or conversion would make it read worse.
 */
export function detectCell(s: string, hint: FontHint | undefined): LegacyEncoding | null {
  if (!mayBeLegacy(s)) return null;
  if (hint) {
    const enc = encodingOfFont(hint);
    const conv = convertLegacy(s, enc);
    if (conv === s) return null;
    const a = s.split(SPLIT);
    const b = conv.split(SPLIT);
    const changed = a.map((w, i) => w !== b[i]);
    return plausibleCount(b, changed) >= plausibleCount(a, changed) ? enc : null;
  }
  if (conversionWins(s, tcvn3ToUnicode(s))) return 'tcvn3';
  if (conversionWins(s, vniToUnicode(s))) return 'vni';
  return null;
}
