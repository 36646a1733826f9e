/**
 * The picked import file: its bytes as base64 for `members.importData`, and (for CSV) the header texts of the
 * row the core detected, so the mapping step can show "B: Số hiệu thẻ ĐV" beside each column letter.
 */
import { base64ToBytes } from '../api/download';

export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** 0 → A, 25 → Z, 26 → AA (as Excel names columns). */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnIndex(letter: string): number {
  let n = 0;
  for (const ch of letter.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3), { stream: true });
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    // stream: the slice may end inside a character.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The first `count` records of an RFC 4180 text (quotes, "" escapes, line breaks inside quotes). */
export function csvRecords(text: string, delimiter: string, count: number): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length && records.length < count; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) record.push(field), (field = '');
    else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field), records.push(record), (record = []), (field = '');
    } else field += ch;
  }
  if (records.length < count && (field || record.length)) record.push(field), records.push(record);
  return records;
}

/**
 * Column letter → header text of a CSV's header row (1-based record number, as the core reports it). The
 * delimiter is the one whose header record is as wide as the core's mapping. Empty for .xlsx (read by the core).
 */
export function csvHeaderTexts(fileName: string, base64: string, headerRow: number, letters: string[]): Record<string, string> {
  if (!/\.csv$/i.test(fileName) || headerRow < 1) return {};
  const text = decode(base64ToBytes(base64.slice(0, Math.ceil((256 * 1024) / 3) * 4)));
  const width = Math.max(0, ...letters.map((l) => columnIndex(l) + 1));
  let best: string[] = [];
  for (const d of [',', ';', '\t']) {
    const header = csvRecords(text, d, headerRow)[headerRow - 1] ?? [];
    const score = (r: string[]) => -Math.abs(r.length - width) * 1000 + r.length;
    if (!best.length || score(header) > score(best)) best = header;
  }
  const out: Record<string, string> = {};
  best.forEach((cell, i) => {
    const s = cell.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (s) out[columnLetter(i)] = s;
  });
  return out;
}
