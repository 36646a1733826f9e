/** Column names are snake_case in SQL and camelCase in the contract. */
const snake = new Map<string, string>();
/** Memoised: bulk imports convert the same few dozen field names hundreds of thousands of times. */
export function toSnake(k: string): string {
  let s = snake.get(k);
  if (s === undefined) snake.set(k, (s = k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)));
  return s;
}
export const toCamel = (k: string): string => k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

export function rowToCamel<T>(row: Record<string, unknown>, keys: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = row[toSnake(k)];
  return out as T;
}

export function camelToRow(obj: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) if (v !== undefined) out[toSnake(k)] = v;
  return out;
}
