import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tinosFiles } from '../../src/core/members/export';
import { cmapLookup } from './ttf-cmap';

/** Every Vietnamese letter a name can hold: 12 vowels × (no tone + 5 tones) in both cases, plus đ/Đ, precomposed. */
function vietnameseLetters(): string[] {
  const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323']; // huyền, sắc, hỏi, ngã, nặng
  const out = new Set<string>(['đ', 'Đ']);
  for (const v of 'aăâeêioôơuưy')
    for (const t of tones) for (const c of [v, v.toUpperCase()]) out.add((c + t).normalize('NFC'));
  return [...out];
}

describe('Tinos covers Vietnamese', () => {
  const letters = vietnameseLetters();

  it('the letter set is complete and precomposed', () => {
    expect(letters).toHaveLength(146);
    for (const l of letters) expect([...l], l).toHaveLength(1); // NFC has a single code point for each
    expect(letters.filter((l) => l.codePointAt(0)! > 0x7f)).toHaveLength(134); // all but plain a e i o u y
  });

  for (const [face, file] of Object.entries(tinosFiles())) {
    it(`${face}: every Vietnamese letter has a glyph`, () => {
      expect(fs.existsSync(file), file).toBe(true);
      const glyph = cmapLookup(fs.readFileSync(file));
      expect(glyph('A'.codePointAt(0)!)).toBeGreaterThan(0); // the reader itself works
      expect(glyph(0x10ffff)).toBe(0);
      expect(letters.filter((l) => glyph(l.codePointAt(0)!) === 0)).toEqual([]);
      // The combining marks too, for text that arrives NFD and is printed before normalisation.
      expect([0x300, 0x301, 0x303, 0x309, 0x323, 0x306, 0x302, 0x31b].filter((cp) => glyph(cp) === 0)).toEqual([]);
    });
  }
});
