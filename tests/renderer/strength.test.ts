import { describe, expect, it } from 'vitest';
import { passphraseStrength } from '../../src/renderer/vault/strength';

describe('passphrase strength', () => {
  it('scores by length and variety', () => {
    expect(passphraseStrength('')).toBe(0);
    expect(passphraseStrength('Ab1!')).toBe(0);
    expect(passphraseStrength('aaaaaaaaaaaa')).toBe(0);
    expect(passphraseStrength('matkhau2026')).toBe(0);
    expect(passphraseStrength('abcdefgh')).toBe(0);
    expect(passphraseStrength('abcdefg1')).toBe(1);
    expect(passphraseStrength('Abcdefg1')).toBe(2);
    expect(passphraseStrength('Abcdef1!')).toBe(3);
    expect(passphraseStrength('Đoàn kết-2026!')).toBe(4);
    expect(passphraseStrength('công đoàn của chúng ta rất vững mạnh')).toBe(4);
  });
});
