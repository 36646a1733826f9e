/** Several files the core rendered (a Giấy mời and an .ics per invitee) as one .zip to save. */
import { zipSync } from 'fflate';
import type { FileData } from '../../shared/file-data';
import { base64ToBytes } from '../api/download';

/** Bytes as base64, in slices (a spread of megabytes at once overflows the call stack). */
export function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

export function zipOf(files: readonly FileData[], fileName: string): FileData {
  const entries: Record<string, Uint8Array> = {};
  for (const f of files) {
    // Two invitees with the same name still get two files.
    let name = f.fileName;
    for (let n = 2; name in entries; n++) name = f.fileName.replace(/(\.[^.]+)?$/, `-${n}$1`);
    entries[name] = base64ToBytes(f.base64);
  }
  return { fileName, mime: 'application/zip', base64: toBase64(zipSync(entries)) };
}
