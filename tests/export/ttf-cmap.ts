/**
 * A minimal TrueType 'cmap' reader (formats 4 and 12) so the glyph-coverage test depends on no font library:
 * codepoint → glyph id, 0 meaning "no glyph" (.notdef).
 */
export function cmapLookup(ttf: Buffer): (codePoint: number) => number {
  const numTables = ttf.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    if (ttf.toString('latin1', rec, rec + 4) === 'cmap') cmap = ttf.readUInt32BE(rec + 8);
  }
  if (cmap < 0) throw new Error('no cmap table');

  // Prefer a full-Unicode subtable (format 12), else the BMP one (format 4).
  const subtables: { format: number; offset: number }[] = [];
  for (let i = 0, n = ttf.readUInt16BE(cmap + 2); i < n; i++) {
    const rec = cmap + 4 + i * 8;
    const platform = ttf.readUInt16BE(rec);
    const encoding = ttf.readUInt16BE(rec + 2);
    const offset = cmap + ttf.readUInt32BE(rec + 4);
    if (platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))
      subtables.push({ format: ttf.readUInt16BE(offset), offset });
  }
  const t12 = subtables.find((t) => t.format === 12);
  if (t12) {
    const groups = ttf.readUInt32BE(t12.offset + 12);
    return (cp) => {
      for (let g = 0; g < groups; g++) {
        const p = t12.offset + 16 + g * 12;
        const start = ttf.readUInt32BE(p);
        if (cp >= start && cp <= ttf.readUInt32BE(p + 4)) return ttf.readUInt32BE(p + 8) + (cp - start);
      }
      return 0;
    };
  }
  const t4 = subtables.find((t) => t.format === 4);
  if (!t4) throw new Error('no Unicode cmap subtable of format 4 or 12');
  const o = t4.offset;
  const segs = ttf.readUInt16BE(o + 6) / 2;
  const ends = o + 14;
  const starts = ends + segs * 2 + 2;
  const deltas = starts + segs * 2;
  const ranges = deltas + segs * 2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let s = 0; s < segs; s++) {
      if (ttf.readUInt16BE(ends + s * 2) < cp) continue;
      const start = ttf.readUInt16BE(starts + s * 2);
      if (start > cp) return 0;
      const delta = ttf.readInt16BE(deltas + s * 2);
      const rangeOffset = ttf.readUInt16BE(ranges + s * 2);
      if (rangeOffset === 0) return (cp + delta) & 0xffff;
      const g = ttf.readUInt16BE(ranges + s * 2 + rangeOffset + (cp - start) * 2);
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };
}
