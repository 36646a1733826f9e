/**
 * CSV as people export it from Excel: UTF-8 with or without BOM (also UTF-16 "Unicode text" and, for very old files,
 * Windows-1252 bytes, which is how TCVN3/VNI text arrives), comma, semicolon (European/Vietnamese Excel) or tab
 * delimited, RFC 4180 quoting with "" for a quote and line breaks inside quoted fields.
 */
import { recogniseHeader } from './headers';
import type { Grid, RawRow } from './types';

export function decodeText(data: Buffer): string {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return data.subarray(3).toString('utf8');
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    // Not UTF-8: a legacy 8-bit file. Decoded as Windows-1252 it holds the characters the TCVN3/VNI detection
    // expects. (Node 20 decodes bytes 0x80–0x9F as C1 controls here; the TCVN3 table accepts both forms.)
    return new TextDecoder('windows-1252').decode(data);
  }
}

/** RFC 4180 records. `limit` stops early (used to try delimiters on the first records only). */
export function parseCsv(text: string, delimiter: string, limit = Infinity): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const n = text.length;
  const endRecord = () => {
    record.push(field);
    records.push(record);
    record = [];
    field = '';
  };
  while (i < n && records.length < limit) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') ((field += '"'), (i += 2));
        else ((quoted = false), i++);
      } else {
        // Copy a run of ordinary characters at once: quoted fields can be long (addresses, notes).
        const next = text.indexOf('"', i);
        const end = next < 0 ? n : next;
        field += text.slice(i, end);
        i = end;
      }
      continue;
    }
    if (ch === '"' && field === '') ((quoted = true), i++);
    else if (ch === delimiter) (record.push(field), (field = ''), i++);
    else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else ((field += ch), i++);
  }
  if (records.length < limit && (field !== '' || record.length > 0)) endRecord();
  return records;
}

const DELIMITERS = [',', ';', '\t'];

/** The delimiter under which some early record reads as the best header; ties go to the most columns. */
function chooseDelimiter(text: string): string {
  let best = ',';
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const recs = parseCsv(text, d, 30);
    let score = 0;
    for (const r of recs) {
      const known = r.filter((c) => c.trim() && recogniseHeader(c)).length;
      score = Math.max(score, known * 1000 + Math.min(r.length, 999));
    }
    if (score > bestScore) ((best = d), (bestScore = score));
  }
  return best;
}

export function readCsv(data: Buffer): Grid {
  const text = decodeText(data);
  const records = parseCsv(text, chooseDelimiter(text));
  const rows: RawRow[] = records.map((values, i) => ({ row: i + 1, values, fonts: null }));
  return { rows };
}
