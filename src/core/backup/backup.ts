/**
 * Backups are encrypted snapshots made with `VACUUM INTO` (SQLCipher writes them with the same key),
 * written under a temporary name and renamed, so a listed backup is always whole.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import type { BackupInfo } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { inspectDatabase } from '../db/connection';
import { SCHEMA_VERSION } from '../db/migrate';
import { fsyncDir } from '../fsutil';

export type BackupKind = BackupInfo['kind'];
const EXT = '.udbak';
const NAME =
  /^uniondesk-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(\d{3})-(auto|manual|pre-restore|pre-migration)\.udbak$/;

function stamp(d: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}-${p(d.getMilliseconds(), 3)}`;
}

/**
 * The backup `name` in `backupsDir`, or null when the name is not a backup's, or the file is gone: `backup.list` is
 * a read and does not wait for writes, so an auto-prune may delete a file between readdir and stat.
 */
function info(backupsDir: string, name: string): BackupInfo | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms, kind] = m;
  const created = new Date(+y, +mo - 1, +d, +h, +mi, +s, +ms);
  let size: number;
  try {
    size = fs.statSync(path.join(backupsDir, name)).size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  return { name, kind: kind as BackupKind, createdAt: created.toISOString(), size };
}

/** A new backup's name in `backupsDir`, unused there: its kind and the time, to the millisecond. */
export function newBackupName(backupsDir: string, kind: BackupKind, at = new Date()): string {
  let when = at.getTime();
  const name = () => `uniondesk-${stamp(new Date(when))}-${kind}${EXT}`;
  while (fs.existsSync(path.join(backupsDir, name()))) when += 1;
  return name();
}

export async function createBackup(db: Knex, backupsDir: string, kind: BackupKind): Promise<BackupInfo> {
  fs.mkdirSync(backupsDir, { recursive: true, mode: 0o700 });
  const target = path.join(backupsDir, newBackupName(backupsDir, kind));
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  await db.raw('VACUUM INTO ?', [partial]);
  fs.chmodSync(partial, 0o600);
  fs.renameSync(partial, target);
  fsyncDir(path.dirname(target));
  const made = info(backupsDir, path.basename(target));
  if (!made) throw new Error(`createBackup: ${path.basename(target)} vanished after its rename`);
  return made;
}

export function listBackups(backupsDir: string): BackupInfo[] {
  if (!fs.existsSync(backupsDir)) return [];
  return fs
    .readdirSync(backupsDir)
    .map((n) => info(backupsDir, n))
    .filter((b): b is BackupInfo => b !== null)
    .sort((a, b) => b.name.localeCompare(a.name));
}

/** Keeps the newest `keep` backups of one kind; manual backups are never pruned. */
export function pruneBackups(backupsDir: string, kind: Exclude<BackupKind, 'manual'>, keep: number): string[] {
  const old = listBackups(backupsDir)
    .filter((b) => b.kind === kind)
    .slice(keep);
  for (const b of old) fs.rmSync(path.join(backupsDir, b.name), { force: true });
  return old.map((b) => b.name);
}

/**
 * The file of the backup called `name` in the backups folder. Only a listed name is taken: a message from the
 * renderer or the web page can never make the core read another file (`/etc/passwd`, `../x`).
 */
export function backupFile(backupsDir: string, name: string): string {
  const bare = name === path.basename(name) && !name.includes('\\');
  const listed = bare && listBackups(backupsDir).some((b) => b.name === name);
  if (!listed) throw new AppError('NOT_FOUND', 'Không có bản sao lưu này trong danh sách.', { name });
  return path.join(backupsDir, name);
}

/**
 * Copies a backup beside the database and proves it before anything is replaced: it opens with this vault's key,
 * passes integrity_check, and is not from a newer schema. Returns the staged copy; throws (and removes it) otherwise.
 */
export async function stageRestore(source: string, dbFile: string, key: Buffer): Promise<string> {
  if (!fs.existsSync(source)) throw new AppError('NOT_FOUND', 'Không tìm thấy tệp sao lưu.', { path: source });
  const staged = `${dbFile}.restoring`;
  for (const f of [staged, `${staged}-wal`, `${staged}-shm`]) fs.rmSync(f, { force: true });
  fs.copyFileSync(source, staged);
  try {
    let check: { integrity: string; userVersion: number };
    try {
      check = await inspectDatabase(staged, key);
    } catch (err) {
      if (err instanceof AppError && err.code === 'WRONG_SECRET')
        throw new AppError(
          'BACKUP_INVALID',
          'Tệp sao lưu không mở được bằng khoá của kho dữ liệu này (không phải bản sao lưu của kho này, hoặc tệp hỏng).',
        );
      throw new AppError('BACKUP_INVALID', 'Tệp sao lưu bị hỏng hoặc không phải bản sao lưu UnionDesk.', {
        cause: String(err),
      });
    }
    if (check.integrity !== 'ok')
      throw new AppError('BACKUP_INVALID', 'Tệp sao lưu không qua được kiểm tra toàn vẹn.', {
        integrity: check.integrity,
      });
    if (check.userVersion > SCHEMA_VERSION)
      throw new AppError('NEWER_DATABASE', 'Bản sao lưu được tạo bởi phiên bản UnionDesk mới hơn.');
    if (check.userVersion === 0) throw new AppError('BACKUP_INVALID', 'Tệp sao lưu không chứa dữ liệu UnionDesk.');
    return staged;
  } catch (err) {
    for (const f of [staged, `${staged}-wal`, `${staged}-shm`]) fs.rmSync(f, { force: true });
    throw err;
  }
}
