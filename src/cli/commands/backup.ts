/** `uniondesk backup create|list|restore`: encrypted snapshots of the vault. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { BackupInfo } from '../../shared/contract';
import { t, type MsgKey } from '../i18n';
import { formatDateTime, formatSize, table } from '../format';
import { call, ctxFrom, runJob, withVault } from '../session';

export function registerBackup(program: Command): void {
  const backup = program.command('backup').description(t('backup.description'));

  backup
    .command('create')
    .description(t('backup.create.description'))
    .option('--out <file>', t('backup.create.out'))
    .action(async (opts: { out?: string }, cmd: Command) => {
      const ctx = ctxFrom(cmd);
      const input = opts.out ? { out: path.resolve(opts.out) } : {};
      const result = await withVault(ctx, (core) => runJob(ctx, core, 'backup.create', input));
      ctx.out.result(result ?? { ok: true }, () => {
        const info = result as Partial<BackupInfo> | undefined;
        const where = info?.path ?? input.out ?? '';
        return t('backup.created', { path: where, size: typeof info?.size === 'number' ? formatSize(info.size) : '?' });
      });
    });

  backup
    .command('list')
    .description(t('backup.list.description'))
    .action(async (_opts: unknown, cmd: Command) => {
      const ctx = ctxFrom(cmd);
      const list = await withVault(ctx, (core) => call(core, 'backup.list', {}));
      ctx.out.result(list, () => listTable(list));
    });

  backup
    .command('restore')
    .description(t('backup.restore.description'))
    .argument('<file>', t('backup.restore.file'))
    .action(async (file: string, _opts: unknown, cmd: Command) => {
      const ctx = ctxFrom(cmd);
      // A path (has a separator, or names an existing file here) is made absolute; otherwise it is a backup name.
      const target = file.includes('/') || file.includes(path.sep) || existsSync(file) ? path.resolve(file) : file;
      const result = await withVault(ctx, (core) => runJob(ctx, core, 'backup.restore', { file: target }));
      ctx.out.result(result ?? { ok: true }, () => t('backup.restored', { file: target }));
    });
}

function listTable(list: BackupInfo[]): string {
  if (list.length === 0) return t('backup.none');
  const rows = list.map((b) => [
    formatDateTime(b.createdAt),
    formatSize(b.size),
    t(`backup.kind.${b.kind}` as MsgKey),
    b.name,
  ]);
  return table([t('backup.col.date'), t('backup.col.size'), t('backup.col.kind'), t('backup.col.name')], rows);
}
