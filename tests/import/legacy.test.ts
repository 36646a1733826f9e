import { describe, expect, it } from 'vitest';
import { recogniseHeader } from '../../src/core/members/import/headers';
import { detectCell, isSyllable } from '../../src/core/members/import/legacy/detect';
import { tcvn3ToUnicode } from '../../src/core/members/import/legacy/tcvn3';
import { vniToUnicode } from '../../src/core/members/import/legacy/vni';
import { fontHint } from '../../src/core/members/import/xlsx';

// Every Vietnamese letter that carries a mark, lower case: 12 vowels × 6 tones minus the 12 plain ones, plus đ.
const VOWELS = 'aăâeêioôơuưy';
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const MARKED_LOWER = [...VOWELS]
  .flatMap((v) => TONES.map((t) => (v + t).normalize('NFC')))
  .filter((c) => !/^[aeiouy]$/.test(c))
  .concat('đ');

/** All single characters a code page 1252 text can hold, as Windows shows them (written out: Node 20's
 *  TextDecoder treats windows-1252 as Latin-1). The five undefined bytes come through as C1 controls. */
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const CP1252 = Array.from({ length: 255 }, (_, i) => i + 1).map((b) =>
  b >= 0x80 && b < 0xa0 ? CP1252_80_9F[b - 0x80] : String.fromCharCode(b),
);

describe('TCVN3 (ABC, .VnTime) to Unicode', () => {
  it('converts the names of the spec', () => {
    expect(tcvn3ToUnicode('NguyÔn V¨n An')).toBe('Nguyễn Văn An');
    expect(tcvn3ToUnicode('TrÇn ThÞ B×nh')).toBe('Trần Thị Bình');
    expect(tcvn3ToUnicode('§Æng Quèc §¹t')).toBe('Đặng Quốc Đạt');
    expect(tcvn3ToUnicode('Lª Thóy H»ng')).toBe('Lê Thúy Hằng');
    expect(tcvn3ToUnicode('Tr\u00ad\u00acng Ph¹m Hoµng YÕn')).toBe('Trương Phạm Hoàng Yến'); // ư is the soft hyphen byte
    expect(tcvn3ToUnicode('Sè 5 ®\u00ad\u00eang L¸ng, Hµ Néi')).toBe('Số 5 đường Láng, Hà Nội');
  });

  it('has exactly one lowercase code for every marked Vietnamese letter (the full VN3 set)', () => {
    const produced = new Map<string, string[]>();
    for (const ch of CP1252) {
      const u = tcvn3ToUnicode(ch);
      produced.set(u, [...(produced.get(u) ?? []), ch]);
    }
    expect(MARKED_LOWER).toHaveLength(67);
    for (const letter of MARKED_LOWER) expect(produced.get(letter), letter).toHaveLength(1);
  });

  it('has the separate uppercase codes too, each marked capital reachable', () => {
    // Bytes 0x81, 0x8D… have no cp1252 character and arrive as C1 controls; C0 controls hold a few capitals too.
    const controls = Array.from({ length: 0xa0 }, (_, i) => String.fromCharCode(i)).filter(
      (c) => c < ' ' || c >= '\u0080',
    );
    const outputs = new Set(CP1252.concat(controls).map((c) => tcvn3ToUnicode(c)));
    for (const letter of MARKED_LOWER) expect(outputs.has(letter.toUpperCase()), letter.toUpperCase()).toBe(true);
    expect(tcvn3ToUnicode('\u2013')).toBe('Ọ'); // byte 0x96, shown by Windows as an en dash
    expect(tcvn3ToUnicode('\u0096')).toBe('Ọ'); // the same byte read as Latin-1
    expect(tcvn3ToUnicode('§¹i')).toBe('Đại');
  });

  it('applies the combining tone bytes 0xB0–0xB4 to the letter before them', () => {
    expect(tcvn3ToUnicode('a\u00b3')).toBe('á');
    expect(tcvn3ToUnicode('©\u00b4')).toBe('ậ');
  });

  it('upper-cases text from the .VnTimeH capitals fonts', () => {
    expect(tcvn3ToUnicode('nguyÔn v¨n an', true)).toBe('NGUYỄN VĂN AN');
    expect(fontHint('.VnTimeH')).toBe('tcvn3H');
    expect(fontHint('.VnTime')).toBe('tcvn3');
    expect(fontHint('.VnArial NarrowH')).toBe('tcvn3H');
    expect(fontHint('VNI-Times')).toBe('vni');
    expect(fontHint('Times New Roman')).toBeUndefined();
  });
});

describe('VNI-Windows to Unicode', () => {
  it('joins base letters and mark codes', () => {
    expect(vniToUnicode('Nguyeãn Vaên An')).toBe('Nguyễn Văn An');
    expect(vniToUnicode('Traàn Thò Bình')).toBe('Trần Thị Bình');
    expect(vniToUnicode('Ñaëng Quoác Ñaït')).toBe('Đặng Quốc Đạt');
    expect(vniToUnicode('Tröông Thò Hoaøng Yeán')).toBe('Trương Thị Hoàng Yến');
    expect(vniToUnicode('Löu Ñöùc Thaéng')).toBe('Lưu Đức Thắng');
    expect(vniToUnicode('NGUYEÃN VAÊN AN')).toBe('NGUYỄN VĂN AN');
  });
});

describe('detection never corrupts Unicode text', () => {
  const unicodeNames = [
    'Nguyễn Văn An',
    'Trần Thị Bình',
    'Đặng Quốc Đạt',
    'Lê Hà',
    'Lê Tâm',
    'Hoà',
    'Tô Hà',
    'Bé Bảy',
    'Ngô Ân',
    'Phó Chủ tịch',
    "H'Hen Niê",
    'Lò Văn Páo',
    'José María',
    'Müller',
    'Thào A Páo',
    'Hà Nội',
    'Khánh Hoà',
    'Ánh',
    'Tú',
    'Thúy',
    'Ý',
  ];
  it('without a font hint: no Unicode name is converted', () => {
    for (const s of unicodeNames) expect(detectCell(s, undefined), s).toBeNull();
    for (const s of unicodeNames) expect(detectCell(s.normalize('NFD'), undefined), s).toBeNull();
  });

  it('even in a .VnTime or VNI-Times cell, text with ă, â+tone, đ, ơ, ư… is Unicode and stays', () => {
    for (const s of ['Nguyễn Văn An', 'Đặng Quốc Đạt', 'Trương Thị Lâm', 'Lương Ấn', 'Văn']) {
      expect(detectCell(s, 'tcvn3'), s).toBeNull();
      expect(detectCell(s, 'vni'), s).toBeNull();
    }
  });

  it('finds TCVN3 and VNI by their tell-tale characters when no font says so', () => {
    expect(detectCell('NguyÔn V¨n An', undefined)).toBe('tcvn3');
    expect(detectCell('TrÇn ThÞ B×nh', undefined)).toBe('tcvn3');
    expect(detectCell('Hoµng V¨n Tó', undefined)).toBe('tcvn3');
    expect(detectCell('Nguyeãn Vaên An', undefined)).toBe('vni');
    expect(detectCell('Ñaëng Quoác Ñaït', undefined)).toBe('vni');
  });

  it('judges syllables with at most one tone and a real nucleus', () => {
    for (const w of ['nguyễn', 'khuya', 'giữa', 'quyết', 'nghiêng', 'Trương', 'xoong'])
      expect(isSyllable(w), w).toBe(true);
    for (const w of ['nguyôn', 'v¨n', 'müller', 'tr', 'ááa']) expect(isSyllable(w), w).toBe(false);
  });

  it('recognises headers typed in TCVN3', () => {
    expect(recogniseHeader('Hä vµ tªn')).toBe('fullName');
    expect(recogniseHeader('Ngµy sinh')).toBe('dateOfBirth');
    expect(recogniseHeader('Giíi tÝnh')).toBe('gender');
  });
});
