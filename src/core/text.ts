import { cleanText } from '../shared/text/fold';

export { cleanText };

/** NFC + collapsed spaces for every string field of an object. */
export function cleanTextFields<T extends Record<string, unknown>>(obj: T): T {
  const out: Record<string, unknown> = {};
  for (const k in obj) {
    const v = obj[k];
    out[k] = typeof v === 'string' ? cleanText(v) : v;
  }
  return out as T;
}
