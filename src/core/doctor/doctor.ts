/**
 * `doctor`: what can be checked about a data folder, with or without the key. Each check says in one plain sentence
 * what it found and what to do (for a secretary), and keeps the technical part apart (for whoever helps).
 */
import fs from 'node:fs';
import { BACKUP_OLD_DAYS, type DoctorCheck, type DoctorReport } from '../../shared/doctor-contract';
import type { CoreContext } from '../context';
import { getUserVersion } from '../db/migrate';
import { listBackups } from '../backup/backup';
import { SENTENCES, localDateTime } from './sentences';

type State = DoctorCheck['state'];
type Facts = DoctorCheck['facts'];

function plainSqliteHeader(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    fs.readSync(fd, head, 0, 16, 0);
    return head.toString('latin1') === 'SQLite format 3\0';
  } finally {
    fs.closeSync(fd);
  }
}

export async function runDoctor(ctx: CoreContext, now = new Date()): Promise<DoctorReport> {
  const checks: DoctorCheck[] = [];
  // `ok` keeps its first meaning for scripts: passed, or (backups) at least one exists.
  const add = (name: string, state: State, detail: string, facts: Facts = {}, ok = state === 'ok') =>
    checks.push({ name, ok, state, summary: SENTENCES[name]?.[state]?.(facts) ?? '', detail, facts });
  const { paths } = ctx;

  try {
    fs.accessSync(paths.root, fs.constants.W_OK);
    add('data-dir', 'ok', `Thư mục dữ liệu ghi được: ${paths.root}`);
  } catch {
    add('data-dir', 'failed', `Không ghi được vào thư mục dữ liệu: ${paths.root}`);
  }
  let vaultOk = false;
  try {
    const v = ctx.vault.read();
    vaultOk = true;
    add(
      'vault-file',
      'ok',
      `vault.json hợp lệ (thiết bị ${v.deviceId.slice(0, 8)}…, khoá hệ điều hành: ${v.keystore ? 'có' : 'không'})`,
    );
  } catch (err) {
    add('vault-file', 'failed', (err as Error).message);
  }
  if (fs.existsSync(paths.dbFile)) {
    const plain = plainSqliteHeader(paths.dbFile);
    add(
      'database-encrypted',
      plain ? 'failed' : 'ok',
      plain ? 'Cơ sở dữ liệu KHÔNG được mã hoá!' : 'Cơ sở dữ liệu được mã hoá (không đọc được khi không có khoá).',
    );
  } else add('database-encrypted', 'failed', `Không thấy tệp cơ sở dữ liệu: ${paths.dbFile}`);

  const s = ctx.maybeSession();
  if (!s) {
    add(
      'key',
      vaultOk ? 'skipped' : 'failed',
      vaultOk ? 'Chưa mở khoá: cần mật khẩu để kiểm tra khoá và tính toàn vẹn.' : 'Không kiểm tra được khoá.',
    );
  } else {
    add('key', 'ok', 'Khoá mở được cơ sở dữ liệu.');
    const integ = ((await s.db.raw('PRAGMA integrity_check')) as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join('; ');
    add('integrity', integ === 'ok' ? 'ok' : 'failed', `PRAGMA integrity_check: ${integ}`);
    const fk = (await s.db.raw('PRAGMA foreign_key_check')) as unknown[];
    add('foreign-keys', fk.length === 0 ? 'ok' : 'failed', `PRAGMA foreign_key_check: ${fk.length} dòng`, {
      count: fk.length,
    });
    const uv = await getUserVersion(s.db);
    add('schema', uv === ctx.schemaVersion ? 'ok' : 'failed', `user_version ${uv}, ứng dụng ${ctx.schemaVersion}`, {
      database: uv,
      app: ctx.schemaVersion,
    });
    const cipher = ((await s.db.raw('PRAGMA cipher_version')) as { cipher_version: string }[])[0]?.cipher_version;
    add('cipher', cipher ? 'ok' : 'failed', cipher ? `SQLCipher ${cipher}` : 'PRAGMA cipher_version: (trống)');
  }
  const backups = listBackups(paths.backupsDir);
  const last = backups[0];
  if (!last) add('backups', 'warning', `${paths.backupsDir}: 0 tệp`, { count: 0 });
  else {
    const days = Math.floor((now.getTime() - Date.parse(last.createdAt)) / 86_400_000);
    add(
      'backups',
      days > BACKUP_OLD_DAYS ? 'warning' : 'ok',
      `${backups.length} tệp; mới nhất ${last.name} (${last.createdAt})`,
      { count: backups.length, lastAt: last.createdAt, lastAtLocal: localDateTime(last.createdAt), days },
      true,
    );
  }
  // A missing or old backup is a warning, not a broken installation.
  return { ok: checks.filter((c) => c.name !== 'backups').every((c) => c.ok), checks };
}
