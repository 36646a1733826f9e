/**
 * Advance widths of the bundled Tinos faces, read straight from the TTF (cmap format 4 + hmtx), so line breaks
 * can be chosen before rendering and be the same in Word, PDF and HTML: Tinos has the advance widths of Times New
 * Roman. Kerning is ignored (Word does not kern by default either). Files are read once per process.
 */
import fs from 'node:fs';
import path from 'node:path';
import { resourcesDir } from '../../paths';

export type Face = 'normal' | 'bold';
const FILES: Record<Face, string> = { normal: 'Tinos-Regular.ttf', bold: 'Tinos-Bold.ttf' };

interface Metrics {
  unitsPerEm: number;
  advance: (codePoint: number) => number;
}

function tables(ttf: Buffer): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0, n = ttf.readUInt16BE(4); i < n; i++)
    out.set(ttf.toString('latin1', 12 + i * 16, 16 + i * 16), ttf.readUInt32BE(20 + i * 16));
  return out;
}

/** The Windows/Unicode BMP subtable (format 4): code point → glyph id, 0 when the font has no glyph. */
function cmap4(ttf: Buffer, cmap: number): (cp: number) => number {
  let o = -1;
  for (let i = 0, n = ttf.readUInt16BE(cmap + 2); i < n; i++) {
    const rec = cmap + 4 + i * 8;
    const sub = cmap + ttf.readUInt32BE(rec + 4);
    if (ttf.readUInt16BE(rec) === 3 && ttf.readUInt16BE(rec + 2) === 1 && ttf.readUInt16BE(sub) === 4) o = sub;
  }
  if (o < 0) throw new Error('font has no format-4 Unicode cmap');
  const segs = ttf.readUInt16BE(o + 6) / 2;
  const ends = o + 14;
  const starts = ends + segs * 2 + 2;
  const deltas = starts + segs * 2;
  const ranges = deltas + segs * 2;
  return (cp) => {
    for (let s = 0; s < segs; s++) {
      if (ttf.readUInt16BE(ends + s * 2) < cp) continue;
      const start = ttf.readUInt16BE(starts + s * 2);
      if (start > cp) return 0;
      const delta = ttf.readInt16BE(deltas + s * 2);
      const off = ttf.readUInt16BE(ranges + s * 2);
      if (off === 0) return (cp + delta) & 0xffff;
      const g = ttf.readUInt16BE(ranges + s * 2 + off + (cp - start) * 2);
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };
}

function load(face: Face): Metrics {
  const ttf = fs.readFileSync(path.join(resourcesDir(), 'fonts', FILES[face]));
  const t = tables(ttf);
  const head = t.get('head')!;
  const hhea = t.get('hhea')!;
  const hmtx = t.get('hmtx')!;
  const longMetrics = ttf.readUInt16BE(hhea + 34);
  const glyph = cmap4(ttf, t.get('cmap')!);
  const cache = new Map<number, number>();
  return {
    unitsPerEm: ttf.readUInt16BE(head + 18),
    advance: (cp) => {
      let w = cache.get(cp);
      if (w === undefined) {
        const g = Math.min(glyph(cp), longMetrics - 1); // glyphs past the long metrics share the last advance
        cache.set(cp, (w = ttf.readUInt16BE(hmtx + g * 4)));
      }
      return w;
    },
  };
}

const loaded = new Map<Face, Metrics>();

function metrics(face: Face): Metrics {
  let m = loaded.get(face);
  if (!m) loaded.set(face, (m = load(face)));
  return m;
}

/**
 * Advance of `text` (NFC) in font units: whole numbers that add up exactly, so a line's width is a sum of its words'.
 */
export function textUnits(text: string, face: Face = 'normal'): number {
  const m = metrics(face);
  let units = 0;
  for (const ch of text.normalize('NFC')) units += m.advance(ch.codePointAt(0)!);
  return units;
}

/** Points for `units` of `face` at `size` pt (the one conversion, so sums of units give textWidth's exact result). */
export const unitsToPt = (units: number, size: number, face: Face = 'normal'): number =>
  (units * size) / metrics(face).unitsPerEm;

/** Width in points of `text` (NFC) set in Tinos/Times New Roman of `face` at `size` pt. */
export function textWidth(text: string, size: number, face: Face = 'normal'): number {
  return unitsToPt(textUnits(text, face), size, face);
}
