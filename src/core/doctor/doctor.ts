/** `doctor`: what can be checked about a data folder, with or without the key. */
import fs from 'node:fs';
import type { DoctorReport } from '../../shared/contract';
import type { CoreContext } from '../context';
import { getUserVersion } from '../db/migrate';
import { listBackups } from '../backup/backup';

type Check = DoctorReport['checks'][number];

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

export async function runDoctor(ctx: CoreContext): Promise<DoctorReport> {
  const checks: Check[] = [];
  const add = (name: string, ok: boolean, detail: string) => checks.push({ name, ok, detail });
  const { paths } = ctx;

  try {
    fs.accessSync(paths.root, fs.constants.W_OK);
    add('data-dir', true, `Thư mục dữ liệu ghi được: ${paths.root}`);
  } catch {
    add('data-dir', false, `Không ghi được vào thư mục dữ liệu: ${paths.root}`);
  }
  let vaultOk = false;
  try {
    const v = ctx.vault.read();
    vaultOk = true;
    add(
      'vault-file',
      true,
      `vault.json hợp lệ (thiết bị ${v.deviceId.slice(0, 8)}…, khoá hệ điều hành: ${v.keystore ? 'có' : 'không'})`,
    );
  } catch (err) {
    add('vault-file', false, (err as Error).message);
  }
  if (fs.existsSync(paths.dbFile)) {
    const plain = plainSqliteHeader(paths.dbFile);
    add(
      'database-encrypted',
      !plain,
      plain ? 'Cơ sở dữ liệu KHÔNG được mã hoá!' : 'Cơ sở dữ liệu được mã hoá (không đọc được khi không có khoá).',
    );
  } else add('database-encrypted', false, 'Không thấy tệp cơ sở dữ liệu.');

  const s = ctx.maybeSession();
  if (!s) {
    add(
      'key',
      false,
      vaultOk ? 'Chưa mở khoá: cần mật khẩu để kiểm tra khoá và tính toàn vẹn.' : 'Không kiểm tra được khoá.',
    );
  } else {
    add('key', true, 'Khoá mở được cơ sở dữ liệu.');
    const integ = ((await s.db.raw('PRAGMA integrity_check')) as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join('; ');
    add('integrity', integ === 'ok', integ === 'ok' ? 'PRAGMA integrity_check: ok' : `integrity_check: ${integ}`);
    const fk = (await s.db.raw('PRAGMA foreign_key_check')) as unknown[];
    add(
      'foreign-keys',
      fk.length === 0,
      fk.length === 0 ? 'Không có khoá ngoại hỏng.' : `${fk.length} khoá ngoại hỏng.`,
    );
    const uv = await getUserVersion(s.db);
    add('schema', uv === ctx.schemaVersion, `Phiên bản lược đồ ${uv} (ứng dụng: ${ctx.schemaVersion}).`);
    const cipher = ((await s.db.raw('PRAGMA cipher_version')) as { cipher_version: string }[])[0]?.cipher_version;
    add('cipher', Boolean(cipher), cipher ? `SQLCipher ${cipher}` : 'Không thấy SQLCipher!');
  }
  const backups = listBackups(paths.backupsDir);
  const last = backups[0];
  add(
    'backups',
    backups.length > 0,
    last ? `${backups.length} bản sao lưu; mới nhất ${last.createdAt}` : 'Chưa có bản sao lưu nào.',
  );
  // A missing backup is a warning, not a broken installation.
  return { ok: checks.filter((c) => c.name !== 'backups').every((c) => c.ok), checks };
}
