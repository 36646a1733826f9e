/**
 * Translation bundles. The app's own texts live in vi.ts / en.ts; every domain page brings its own bundle with its
 * page entry (shell/pages.tsx), so a new domain adds no line here or in index.ts.
 */

/** The English twin of a Vietnamese bundle: the same keys, every leaf a string (or a list of strings). */
export type Shape<T> = T extends string
  ? string
  : T extends readonly string[]
    ? string[]
    : { [K in keyof T]: Shape<T[K]> };

/** One domain's texts in both languages, under its own top-level keys (e.g. `members`, `memberFields`). */
export interface DomainMessages {
  vi: Record<string, unknown>;
  en: Record<string, unknown>;
}

/** Pairs a domain's Vietnamese texts with English typed against them, so no key can be missing in English. */
export function defineMessages<V extends Record<string, unknown>>(vi: V, en: Shape<V>): DomainMessages {
  return { vi, en: en as Record<string, unknown> };
}

/**
 * The app's texts plus each domain's, per language. Two bundles claiming one top-level key would silently hide
 * each other's texts: that throws, like a duplicate command name in the contract.
 */
export function mergeMessages(
  base: DomainMessages,
  domains: readonly DomainMessages[],
): { vi: Record<string, unknown>; en: Record<string, unknown> } {
  const vi = { ...base.vi };
  const en = { ...base.en };
  for (const d of domains) {
    for (const key of Object.keys(d.vi)) {
      if (key in vi) throw new Error(`Khoá bản dịch "${key}" bị khai báo hai lần.`);
    }
    Object.assign(vi, d.vi);
    Object.assign(en, d.en);
  }
  return { vi, en };
}
