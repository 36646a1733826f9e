/**
 * A row's column HLCs as `sync_rows` stores them. A row written once (the common case: a member added on a PC)
 * has one HLC for all its forty-odd columns, and a row edited since has a few later ones: the HLC most columns share
 * is stored once under "*" (never a column name) and only the others by name. Stored that way, the HLCs are a few
 * dozen bytes instead of several kilobytes per row. Rows stored before this, with every column named, read the same.
 */
export function packHlcs(hlcs: Readonly<Record<string, string>>): string {
  const counts = new Map<string, number>();
  for (const h of Object.values(hlcs)) counts.set(h, (counts.get(h) ?? 0) + 1);
  let common = '';
  let most = 1; // a default shared by one column only saves nothing
  for (const [h, n] of counts)
    if (n > most) {
      common = h;
      most = n;
    }
  if (!common) return JSON.stringify(hlcs);
  const packed: Record<string, string> = { '*': common };
  for (const [column, h] of Object.entries(hlcs)) if (h !== common) packed[column] = h;
  return JSON.stringify(packed);
}

/** Every column of `data` with its HLC (the row's columns and its HLCs name the same columns). */
export function unpackHlcs(text: string, data: Readonly<Record<string, unknown>>): Record<string, string> {
  const stored = JSON.parse(text) as Record<string, string>;
  const common = stored['*'];
  if (common === undefined) return stored;
  const out: Record<string, string> = {};
  for (const column of Object.keys(data)) out[column] = stored[column] ?? common;
  return out;
}
