/**
 * The one way the core hands out a file: name, type and bytes (base64). It never writes to a path from a message:
 * whoever asked saves the bytes (the CLI as the user, Electron main after a save dialog, the browser as a download).
 */
import type { FileData } from '../shared/file-data';

export const MIME_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const MIME_PDF = 'application/pdf';

export function deliver(fileName: string, mime: string, bytes: Uint8Array): FileData {
  return { fileName, mime, base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') };
}
