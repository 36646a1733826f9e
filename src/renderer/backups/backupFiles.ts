/**
 * Backup files between the core and the user's disk, as bytes only (no path ever goes to the core): a backup is
 * fetched in pieces and saved as a browser download (Chromium and Electron ask where, e.g. a USB stick); a picked
 * file is read in pieces and sent for a restore.
 */
import { BACKUP_CHUNK_BYTES, BACKUP_UPLOAD_MAX_BYTES } from '../../shared/backup-contract';
import type { CommandInput, CommandName, CommandOutput } from '../../shared/contract';
import { base64ToBytes, downloadBlob } from '../api/download';
import { readAsBase64 } from '../members/fileData';

type Call = <N extends CommandName>(name: N, input: CommandInput<N>) => Promise<CommandOutput<N>>;

/** Fetches the listed backup `name` piece by piece and saves it under the same name. Returns its size. */
export async function saveBackupFile(call: Call, name: string, onProgress?: (share: number) => void): Promise<number> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let offset = 0;
  for (;;) {
    const piece = await call('backup.export', { file: name, offset });
    const bytes = base64ToBytes(piece.base64);
    parts.push(bytes);
    offset += bytes.length;
    onProgress?.(piece.size ? offset / piece.size : 1);
    if (piece.done) break;
  }
  downloadBlob(name, new Blob(parts, { type: 'application/octet-stream' }));
  return offset;
}

export class BackupFileTooLarge extends Error {}
export class BackupFileEmpty extends Error {}

/** Checks a picked file before anything is sent: the core refuses the same, later and less kindly. */
export function checkPickedBackup(file: Blob): void {
  if (file.size === 0) throw new BackupFileEmpty();
  if (file.size > BACKUP_UPLOAD_MAX_BYTES) throw new BackupFileTooLarge();
}

/** Sends a picked file to the core piece by piece; returns the upload's id for backup.restore. */
export async function uploadBackupFile(call: Call, file: Blob, onProgress?: (share: number) => void): Promise<string> {
  checkPickedBackup(file);
  let upload: string | undefined;
  for (let offset = 0; offset < file.size; offset += BACKUP_CHUNK_BYTES) {
    const base64 = await readAsBase64(file.slice(offset, offset + BACKUP_CHUNK_BYTES));
    const r = await call('backup.upload', { ...(upload ? { upload } : {}), offset, size: file.size, base64 });
    upload = r.upload;
    onProgress?.(r.received / file.size);
  }
  return upload as string;
}
