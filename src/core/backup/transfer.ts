/**
 * Backup files leaving and entering the PC as bytes (the app saves them where the user picks, e.g. a USB stick, and
 * sends back a picked file): read by name and offset, received into a file the core names itself. No message ever
 * carries a path, so a page cannot make the core read or write anywhere but its own backups folder.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BACKUP_CHUNK_BYTES, BACKUP_UPLOAD_MAX_BYTES } from '../../shared/backup-contract';
import { AppError } from '../../shared/errors';
import { backupFile } from './backup';

/** Received files not finished within a day are from an upload the page gave up on. */
const STALE_UPLOAD_MS = 24 * 60 * 60 * 1000;
const UPLOAD_FILE = /^incoming-([0-9a-f]{32})\.partial$/;

export interface BackupPiece {
  fileName: string;
  size: number;
  offset: number;
  base64: string;
  done: boolean;
}

/** The piece of the listed backup `name` that starts at `offset` (at most BACKUP_CHUNK_BYTES long). */
export function readBackupPiece(backupsDir: string, name: string, offset: number): BackupPiece {
  const file = backupFile(backupsDir, name);
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (err) {
    // An auto-prune may remove a listed backup between the listing and this read.
    if ((err as NodeJS.ErrnoException).code === 'ENOENT')
      throw new AppError('NOT_FOUND', 'Không có bản sao lưu này trong danh sách.', { name });
    throw err;
  }
  try {
    const size = fs.fstatSync(fd).size;
    if (offset > size) throw new AppError('VALIDATION', 'Vị trí đọc vượt quá cuối tệp sao lưu.', { offset, size });
    const buf = Buffer.alloc(Math.min(BACKUP_CHUNK_BYTES, size - offset));
    const read = buf.length ? fs.readSync(fd, buf, 0, buf.length, offset) : 0;
    return {
      fileName: name,
      size,
      offset,
      base64: buf.subarray(0, read).toString('base64'),
      done: offset + read >= size,
    };
  } finally {
    fs.closeSync(fd);
  }
}

/** Where the upload `id` is being received: in the backups folder, under a name no listing shows. */
export function uploadPath(backupsDir: string, id: string): string {
  return path.join(backupsDir, `incoming-${id}.partial`);
}

function removeStaleUploads(backupsDir: string, now = Date.now()): void {
  for (const name of fs.readdirSync(backupsDir)) {
    if (!UPLOAD_FILE.test(name)) continue;
    const file = path.join(backupsDir, name);
    try {
      if (now - fs.statSync(file).mtimeMs > STALE_UPLOAD_MS) fs.rmSync(file, { force: true });
    } catch {
      /* gone already */
    }
  }
}

export interface UploadPiece {
  upload?: string;
  offset: number;
  size: number;
  base64: string;
}

/**
 * Appends one piece of a picked backup file. The first piece (no id) starts a new file; a piece that does not start
 * where the file ends, or that would pass the announced size, is refused (the page starts again).
 */
export function receiveBackupPiece(backupsDir: string, piece: UploadPiece): { upload: string; received: number } {
  if (piece.size > BACKUP_UPLOAD_MAX_BYTES)
    throw new AppError('VALIDATION', 'Tệp quá lớn: một bản sao lưu UnionDesk nhận tối đa 2 GB.');
  const bytes = Buffer.from(piece.base64, 'base64');
  fs.mkdirSync(backupsDir, { recursive: true, mode: 0o700 });
  let id = piece.upload;
  if (id === undefined) {
    if (piece.offset !== 0) throw new AppError('VALIDATION', 'Phần đầu của tệp phải bắt đầu từ vị trí 0.');
    removeStaleUploads(backupsDir);
    id = crypto.randomBytes(16).toString('hex');
    fs.writeFileSync(uploadPath(backupsDir, id), '', { mode: 0o600, flag: 'wx' });
  }
  const file = uploadPath(backupsDir, id);
  let have: number;
  try {
    have = fs.statSync(file).size;
  } catch {
    throw new AppError('NOT_FOUND', 'Không còn tệp đang tải lên này; hãy chọn lại tệp sao lưu.');
  }
  if (piece.offset !== have)
    throw new AppError('CONFLICT', 'Tệp tải lên bị gián đoạn; hãy chọn lại tệp sao lưu.', {
      expected: have,
      offset: piece.offset,
    });
  if (have + bytes.length > piece.size) {
    fs.rmSync(file, { force: true });
    throw new AppError('VALIDATION', 'Tệp tải lên dài hơn kích thước đã báo; hãy chọn lại tệp sao lưu.');
  }
  fs.appendFileSync(file, bytes);
  return { upload: id, received: have + bytes.length };
}

/** The received file for a restore, or NOT_FOUND: an id that was never received (or already used) names nothing. */
export function receivedUpload(backupsDir: string, id: string): string {
  const file = uploadPath(backupsDir, id);
  if (!fs.existsSync(file))
    throw new AppError('NOT_FOUND', 'Không còn tệp đã tải lên này; hãy chọn lại tệp sao lưu.', { upload: id });
  return file;
}
