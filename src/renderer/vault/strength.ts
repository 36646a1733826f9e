/** A simple local passphrase score (0–4) from length and character variety. No network, no dictionary download. */
export type Strength = 0 | 1 | 2 | 3 | 4;

const COMMON = [
  'password',
  'matkhau',
  'congdoan',
  '12345678',
  '123456789',
  'qwertyui',
  'abcd1234',
  'iloveyou',
  'admin123',
];

export function passphraseStrength(p: string): Strength {
  if (!p) return 0;
  const chars = [...p];
  if (chars.length < 8) return 0;
  const lower = p.toLowerCase();
  if (COMMON.some((c) => lower.includes(c)) && chars.length < 16) return 0;
  if (new Set(chars).size <= 2) return 0;
  const classes = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{L}\p{Nd}]/u].filter((re) => re.test(p)).length;
  const byLength = chars.length >= 20 ? 3 : chars.length >= 16 ? 2 : chars.length >= 12 ? 1 : 0;
  const byVariety = classes >= 4 ? 2 : classes === 3 ? 1 : classes === 1 ? -1 : 0;
  const score = 1 + byLength + byVariety;
  return Math.max(0, Math.min(4, score)) as Strength;
}
