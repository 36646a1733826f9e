/**
 * CSV as people export it from Excel: UTF-8 with or without BOM (also UTF-16 "Unicode text" and, for very old files,
 * Windows-1252 bytes, which is how TCVN3/VNI text arrives), comma, semicolon (European/Vietnamese Excel) or tab
 * delimited, RFC 4180 quoting with "" for a quote and line breaks inside quoted fields.
 */
import { ImportError } from './errors';
import { recogniseHeader } from './headers';
import { CSV_MAX_CELLS, CSV_MAX_COLUMNS, EXCEL_MAX_ROW } from './limits';
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

const tooManyColumns = (line: number) =>
  new ImportError(
    `Dòng ${line} của tệp CSV có hơn 1.000 cột: hãy kiểm tra dấu phân cách hoặc mở tệp bằng Excel rồi lưu lại.`,
  );
const tooManyCsvCells = () => new ImportError('Tệp CSV có quá nhiều ô (trên 2 triệu): hãy chỉ giữ danh sách cần nhập.');
const tooManyLines = () =>
  new ImportError('Tệp CSV có quá nhiều dòng (trên 1.048.576, giới hạn của Excel): hãy chỉ giữ danh sách cần nhập.');

/**
 * RFC 4180 records. `limit` stops early (used to try delimiters on the first records only). A record of more
 * than CSV_MAX_COLUMNS fields, more than CSV_MAX_CELLS fields in all or more records than Excel has rows is
 * refused as it grows: a file of commas or of empty lines would otherwise become millions of arrays.
 */
export function parseCsv(text: string, delimiter: string, limit = Infinity): string[][] {
  const records: string[][] = [];
  const record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  let cells = 0;
  const n = text.length;
  const pushField = () => {
    if (record.length >= CSV_MAX_COLUMNS) throw tooManyColumns(records.length + 1);
    if (++cells > CSV_MAX_CELLS) throw tooManyCsvCells();
    record.push(field);
  };
  const endRecord = () => {
    pushField();
    if (records.length >= EXCEL_MAX_ROW) throw tooManyLines();
    // An exact-size copy: a fresh array per record reserves 17 slots, 2 million one-field lines cost ~400 MB.
    records.push(record.slice());
    record.length = 0;
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
    else if (ch === delimiter) (pushField(), (field = ''), i++);
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
