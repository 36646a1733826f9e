/**
 * Just enough of the zip format to read an .xlsx: the central directory names every part, and only the parts we
 * ask for are inflated (node's native zlib). Themes, images and the rest of a decorated workbook are never
 * touched. Anything unusual (encryption, other compression methods, split archives) is left to exceljs.
 */
import { inflateRawSync } from 'node:zlib';
import { damaged, tooBig, XLSX_LIMITS, type XlsxLimits } from '../limits';
import { Unsupported } from './xml';

interface Entry {
  method: number;
  flags: number;
  compressed: number;
  size: number;
  local: number;
}

export interface Zip {
  /** Every part's name as stored (case kept), for a caller that checks the whole package. */
  names(): string[];
  /** The part's bytes, inflated within the limits; undefined when there is no such part. */
  bytes(path: string): Buffer | undefined;
  /**
   * The part as text, or undefined when the package has no such part. Names are case-insensitive (OPC).
   * `latin1` makes one character per byte, for a caller that re-decodes only the text it keeps (utf8Of in xml.ts).
   */
  text(path: string, latin1?: boolean): string | undefined;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

function findEnd(buf: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  throw new Unsupported('no zip end record');
}

/** Where the central directory starts and how many entries it holds, following the zip64 record if there is one. */
function directory(buf: Buffer): { offset: number; count: number } {
  const end = findEnd(buf);
  let count = buf.readUInt16LE(end + 10);
  let offset = buf.readUInt32LE(end + 16);
  if ((count === 0xffff || offset === MAX32) && end >= 20 && buf.readUInt32LE(end - 20) === EOCD64_LOCATOR) {
    const at = Number(buf.readBigUInt64LE(end - 12));
    if (buf.readUInt32LE(at) !== EOCD64) throw new Unsupported('bad zip64 record');
    count = Number(buf.readBigUInt64LE(at + 32));
    offset = Number(buf.readBigUInt64LE(at + 48));
  }
  return { offset, count };
}

/** Sizes and offset of 0xFFFFFFFF mean "see the zip64 extra field", which lists only those, in this order. */
function zip64(buf: Buffer, extra: number, extraEnd: number, e: Entry): void {
  for (let i = extra; i + 4 <= extraEnd;) {
    const id = buf.readUInt16LE(i);
    const len = buf.readUInt16LE(i + 2);
    if (id === 0x0001) {
      let p = i + 4;
      const next = () => Number(buf.readBigUInt64LE((p += 8) - 8));
      if (e.size === MAX32) e.size = next();
      if (e.compressed === MAX32) e.compressed = next();
      if (e.local === MAX32) e.local = next();
      return;
    }
    i += 4 + len;
  }
}

export function openZip(data: Uint8Array, limits: XlsxLimits = XLSX_LIMITS): Zip {
  const buf = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (buf.length < 22) throw new Unsupported('too short for a zip');
  const { offset, count } = directory(buf);
  const entries = new Map<string, Entry>();
  const names: string[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== CENTRAL) throw new Unsupported('bad central directory');
    const flags = buf.readUInt16LE(p + 8);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const e: Entry = {
      method: buf.readUInt16LE(p + 10),
      flags,
      compressed: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      local: buf.readUInt32LE(p + 42),
    };
    zip64(buf, p + 46 + nameLen, p + 46 + nameLen + extraLen, e);
    const name = buf.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLen);
    // Some writers use a leading slash or Windows separators; part names compare case-insensitively.
    const key = name.replace(/\\/g, '/').replace(/^\//, '').toLowerCase();
    if (!entries.has(key)) (entries.set(key, e), names.push(name));
    p += 46 + nameLen + extraLen + commentLen;
  }

  let unpacked = 0;
  // Sizes come from the directory, which a hostile file writes: they are checked before anything is allocated,
  // and zlib never writes past the declared size (a part that inflates beyond it is damaged, not followed).
  const inflate = (e: Entry): Buffer => {
    if (e.flags & 0x1) throw new Unsupported('encrypted zip entry');
    if (e.size > limits.partBytes || (unpacked += e.size) > limits.totalBytes) throw tooBig();
    if (e.size > limits.ratioFromBytes && e.size > e.compressed * limits.ratio) throw tooBig();
    if (buf.readUInt32LE(e.local) !== LOCAL) throw new Unsupported('bad local header');
    // The local header's extra field may differ in length from the central one.
    const start = e.local + 30 + buf.readUInt16LE(e.local + 26) + buf.readUInt16LE(e.local + 28);
    const raw = buf.subarray(start, start + e.compressed);
    if (e.method !== 0 && e.method !== 8) throw new Unsupported(`zip compression method ${e.method}`);
    let out = raw;
    if (e.method === 8) {
      try {
        // One output chunk of the known size: zlib's default 16 KB chunks cost half the inflate time on a big sheet.
        out = inflateRawSync(raw, { chunkSize: Math.max(1024, e.size), maxOutputLength: Math.max(1, e.size) });
      } catch {
        throw damaged(); // more bytes than declared, or a broken stream: no other reader should try it again
      }
    }
    if (out.length !== e.size) throw damaged();
    return out;
  };

  const bytes = (path: string): Buffer | undefined => {
    const e = entries.get(path.toLowerCase());
    return e && inflate(e);
  };
  return {
    names: () => names,
    bytes,
    text(path, latin1 = false) {
      const b = bytes(path);
      if (!b) return undefined;
      if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) throw new Unsupported('UTF-16 part');
      const bom = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
      return b.toString(latin1 ? 'latin1' : 'utf8', bom);
    },
  };
}
