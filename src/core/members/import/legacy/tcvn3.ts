/**
 * TCVN 5712:1993 ("TCVN3", the ABC keyboard's .VnTime/.VnTimeH fonts) to Unicode.
 *
 * Such text reaches us as the bytes Windows showed in code page 1252, so a byte 0xA8 arrives as "¨" and 0x96 as "–".
 * The table is the full VN1 set: the VN3 subset that .VnTime fonts use (lowercase toned letters, plus Ă Â Ê Ô Ơ Ư Đ)
 * and the separate uppercase toned code points (0x80–0x9F, some of 0xAF–0xFF and a few C0 controls). The .VnTimeH
 * fonts draw every lowercase code as a capital, so the caller upper-cases text from such cells.
 * Checked byte by byte against glibc's TCVN5712-1 converter.
 */

/** Unicode for bytes 0xA1..0xFF, in order (0xA0 is the no-break space and stays). 0xB0–0xB4 are combining tones. */
const HIGH =
  'ĂÂÊÔƠƯĐăâêôơưđẰ\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ';
/** Unicode for bytes 0x80..0x9F, in order: uppercase toned letters. */
const C1 = 'ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ';
/** What Windows-1252 shows for bytes 0x80..0x9F (the five undefined bytes pass through as C1 controls). */
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
/** The few uppercase letters VN1 put on C0 control bytes. */
const LOW: Array<[number, string]> = [
  [0x01, 'Ú'],
  [0x02, 'Ụ'],
  [0x04, 'Ừ'],
  [0x05, 'Ử'],
  [0x06, 'Ữ'],
  [0x11, 'Ứ'],
  [0x12, 'Ự'],
  [0x13, 'Ỳ'],
  [0x14, 'Ỷ'],
  [0x15, 'Ỹ'],
  [0x16, 'Ý'],
  [0x17, 'Ỵ'],
];

const TABLE = new Map<string, string>();
for (let i = 0; i < HIGH.length; i++) TABLE.set(String.fromCharCode(0xa1 + i), HIGH[i]);
for (let i = 0; i < C1.length; i++) {
  TABLE.set(String.fromCharCode(0x80 + i), C1[i]); // text decoded as Latin-1
  TABLE.set(CP1252_C1[i], C1[i]); // text decoded as Windows-1252 (what Excel does)
}
for (const [b, u] of LOW) TABLE.set(String.fromCharCode(b), u);

/** Characters a legacy 8-bit text can contain once shown through code page 1252 (ASCII, Latin-1, cp1252 extras). */
export const LEGACY_REPERTOIRE = new RegExp(`^[\\x00-\\xff${CP1252_C1.replace(/[\u0080-\u009f]/g, '')}]*$`);

/** Converts one TCVN3 text; `upper` for .VnTimeH-style fonts, which draw every letter as a capital. */
export function tcvn3ToUnicode(s: string, upper = false): string {
  let out = '';
  for (const ch of s) out += TABLE.get(ch) ?? ch;
  out = out.normalize('NFC'); // the combining tone bytes 0xB0–0xB4 join the letter before them
  return upper ? out.toUpperCase() : out;
}
