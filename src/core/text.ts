/** Store every text NFC with collapsed inner spaces (DOMAIN.md: Vietnamese text). */
export function cleanText(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function cleanTextFields<T extends Record<string, unknown>>(obj: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) out[k] = typeof v === 'string' ? cleanText(v) : v;
  return out as T;
}
