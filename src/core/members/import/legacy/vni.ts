/**
 * VNI-Windows (the VNI-Times / VNI-Helve fonts) to Unicode.
 *
 * VNI writes a Vietnamese letter as a base letter followed by a mark code, e.g. "Nguyeãn" = Nguyễn ("ã" after "e" is
 * circumflex + tilde), "Vaên" = Văn, "Ñaëng" = Đặng; a few letters are single codes (ô = ơ, ö = ư, ñ = đ, æ = ỉ…).
 * Like TCVN3 it reaches us as the code page 1252 characters Windows showed. (The VNI *typing* method — "Nguye64n" —
 * is keystrokes, not a stored encoding, and is deliberately not converted: digits in text are real digits.)
 */

const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';
const T = { acute: '\u0301', grave: '\u0300', hook: '\u0309', tilde: '\u0303', dot: '\u0323' };

/** Mark codes after a/e/o (lower and upper case codes): circumflex alone or with a tone. */
const CIRCUMFLEX_MARKS: Record<string, string> = {
  â: CIRCUMFLEX,
  á: CIRCUMFLEX + T.acute,
  à: CIRCUMFLEX + T.grave,
  å: CIRCUMFLEX + T.hook,
  ã: CIRCUMFLEX + T.tilde,
  ä: CIRCUMFLEX + T.dot,
};
/** Mark codes after a only: breve alone or with a tone. */
const BREVE_MARKS: Record<string, string> = {
  ê: BREVE,
  é: BREVE + T.acute,
  è: BREVE + T.grave,
  ú: BREVE + T.hook,
  ü: BREVE + T.tilde,
  ë: BREVE + T.dot,
};
/** Tone-only mark codes, after any vowel. */
const TONE_MARKS: Record<string, string> = { ù: T.acute, ø: T.grave, û: T.hook, õ: T.tilde, ï: T.dot };
/** Letters VNI stores as one code. */
const SINGLE: Record<string, string> = {
  ô: 'ơ',
  ö: 'ư',
  ñ: 'đ',
  í: 'í',
  ì: 'ì',
  æ: 'ỉ',
  ó: 'ĩ',
  ò: 'ị',
  î: 'ỵ',
};

function withUpper(m: Record<string, string>, upperValue: boolean): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(m)) {
    out.set(k, v);
    out.set(k.toUpperCase(), upperValue ? v.toUpperCase() : v);
  }
  return out;
}
const CIRC = withUpper(CIRCUMFLEX_MARKS, false);
const BRV = withUpper(BREVE_MARKS, false);
const TONE = withUpper(TONE_MARKS, false);
const ONE = withUpper(SINGLE, true);

const AEO = /[aeoAEO]$/;
const A = /[aA]$/;
/** A vowel that can still take a tone: plain vowels, ơ/ư, or a vowel already carrying circumflex/breve. */
const VOWEL = /[aeiouyAEIOUYơưƠƯ][\u0302\u0306]?$/;

export function vniToUnicode(s: string): string {
  let out = '';
  for (const ch of s) {
    const prev = out.slice(-2);
    let m: string | undefined;
    if ((m = CIRC.get(ch)) !== undefined && AEO.test(prev)) out += m;
    else if ((m = BRV.get(ch)) !== undefined && A.test(prev)) out += m;
    else if ((m = TONE.get(ch)) !== undefined && VOWEL.test(prev)) out += m;
    else out += ONE.get(ch) ?? ch;
  }
  return out.normalize('NFC');
}
