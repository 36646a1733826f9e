/**
 * `uniondesk backup create|list|export|restore`: encrypted snapshots of the vault. The core only makes backups in, and
 * restores them from, its backups folder by name; a file elsewhere is moved out or copied in here, as the user.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { BackupInfo } from '../../shared/contract';
import { dataPaths } from '../../core/paths';
import { t, type MsgKey } from '../i18n';
import { formatDateTime, formatSize, table } from '../format';
import { copyOutput, forceOption, outputFile, requireFile, writeOutput, type OutputFile } from '../files';
import { action, runJob, type Run } from '../session';
import type { CliFace } from '../face';
import { backupStrings } from './backup-strings';

function registerBackup(program: Command): void {
  const backup = program.command('backup').description(t('backup.description'));

  backup
    .command('create')
    .description(t('backup.create.description'))
    .option('--out <file>', t('backup.create.out'))
    .addOption(forceOption())
    .action(
      action({
        input: (_ctx, o: { out?: string; force?: boolean }) =>
          o.out === undefined ? undefined : outputFile(o.out, o.force),
        run: async (r, out): Promise<MadeBackup> => {
          const made = (await runJob(r.ctx, r.core, 'backup.create', {})) as BackupInfo;
          const file = path.join(dataPaths(r.ctx.dataDir).backupsDir, made.name);
          return out ? moveOut(made, file, out) : { ...made, path: file };
        },
        show: (b) => t('backup.created', { path: b.path, size: formatSize(b.size) }),
      }),
    );

  backup
    .command('list')
    .description(t('backup.list.description'))
    .action(action({ run: ({ call }) => call('backup.list', {}), show: listTable }));

  backup
    .command('export')
    .description(t('backup.export.description'))
    .argument('<name>', t('backup.export.name'))
    .requiredOption('--to <dir>', t('backup.export.to'))
    .addOption(forceOption())
    .action(
      action({
        input: (_ctx, name: string, o: { to: string; force?: boolean }) => ({
          name,
          out: outputFile(path.join(o.to, path.basename(name)), o.force),
        }),
        run: async ({ call }, { name, out }) => {
          // Through the same command the app uses (piece by piece), so both faces prove one path.
          const parts: Buffer[] = [];
          for (let offset = 0, done = false; !done;) {
            const piece = await call('backup.export', { file: name, offset });
            parts.push(Buffer.from(piece.base64, 'base64'));
            offset += parts[parts.length - 1].length;
            done = piece.done;
          }
          const bytes = Buffer.concat(parts);
          return { name, path: writeOutput(out, bytes), size: bytes.length };
        },
        show: (b) => t('backup.exported', { path: b.path, size: formatSize(b.size) }),
      }),
    );

  backup
    .command('restore')
    .description(t('backup.restore.description'))
    .argument('<file>', t('backup.restore.file'))
    .action(
      action({
        // A path (has a separator, or names an existing file here) is a file to copy in; otherwise a backup's name.
        input: (_ctx, given: string): { file: string } | { name: string } =>
          given.includes('/') || given.includes(path.sep) || fs.existsSync(given)
            ? { file: requireFile(given) }
            : { name: given },
        run: (r, target) => ('name' in target ? restore(r, target.name) : restoreFile(r, target.file)),
        show: (done) => t('backup.restored', { file: done.restoredFrom }),
      }),
    );
}

interface Restored {
  /** The name or the file the user gave. */
  restoredFrom: string;
  /** The backup of what was there before, made by the restore. */
  safetyBackup: string;
}

async function restore(r: Run, name: string, given = name): Promise<Restored> {
  const done = (await runJob(r.ctx, r.core, 'backup.restore', { file: name })) as Restored;
  return { ...done, restoredFrom: given };
}

/** A backup file from elsewhere: copied into the backups folder under a new name, restored, the copy removed. */
async function restoreFile(r: Run, file: string): Promise<Restored> {
  const { newBackupName } = await import('../../core/backup/backup');
  const dir = dataPaths(r.ctx.dataDir).backupsDir;
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const copy = copyOutput(file, outputFile(path.join(dir, newBackupName(dir, 'manual'))));
  try {
    return await restore(r, path.basename(copy), file);
  } finally {
    fs.rmSync(copy, { force: true });
  }
}

/**
 * A new backup as the CLI reports it: with its file. The core does not send the path (it would name the OS user to
 * every client); the CLI runs as that user and knows its data folder.
 */
type MadeBackup = BackupInfo & { path: string };

/** --out: the new backup moves from the backups folder to the file the user named (as before: not kept twice). */
function moveOut(made: BackupInfo, file: string, out: OutputFile): MadeBackup {
  const written = copyOutput(file, out);
  fs.rmSync(file, { force: true });
  return { ...made, name: path.basename(written), path: written };
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

/** `uniondesk backup`: its strings and its commands, one entry of faces.ts. */
export const backupCli = { name: 'backup', strings: backupStrings, register: registerBackup } satisfies CliFace;
