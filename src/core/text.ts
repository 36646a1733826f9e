import { cleanText } from '../shared/text/fold';

export { cleanText };

/** NFC + collapsed spaces for every string field of an object. */
export function cleanTextFields<T extends Record<string, unknown>>(obj: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) out[k] = typeof v === 'string' ? cleanText(v) : v;
  return out as T;
}
