/**
 * `uniondesk meetings invite ID --out DIR`: the Giấy mời and one .ics per invited person, saved as files until the
 * email pipeline sends them. Every name is checked before the first file is written: a refused run leaves DIR as
 * it was, not half-filled.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Command, Option } from 'commander';
import { CliError } from '../io';
import { formatSize } from '../format';
import { forceOption, outputFile, saveDelivered, type OutputFile } from '../files';
import { t } from '../i18n';
import { action } from '../session';

const en = {
  'meetings.invite.description': 'write the Giấy mời and one .ics calendar file per invited person into a folder',
  'meetings.invite.out': 'the folder (created if missing)',
  'meetings.invite.format': 'the Giấy mời as pdf (default) or docx',
  'meetings.invite.written': '{count} files written to {dir}:',
  'meetings.invite.err.notFolder': '{dir} is not a folder.',
  'meetings.invite.err.badName': 'Unexpected file name from the core: {name}.',
};
const vi: Partial<Record<keyof typeof en, string>> = {
  'meetings.invite.description': 'ghi Giấy mời và tệp lịch .ics cho từng người được mời vào một thư mục',
  'meetings.invite.out': 'thư mục (tạo mới nếu chưa có)',
  'meetings.invite.format': 'Giấy mời dạng pdf (mặc định) hoặc docx',
  'meetings.invite.written': 'Đã ghi {count} tệp vào {dir}:',
  'meetings.invite.err.notFolder': '{dir} không phải là thư mục.',
  'meetings.invite.err.badName': 'Tên tệp không hợp lệ từ lõi: {name}.',
};
export const inviteStrings = { en, vi };

interface Opts {
  out: string;
  format?: 'pdf' | 'docx';
  force?: boolean;
}

/** DIR, created 0700 (it holds members' names and emails) when missing; an existing file there is refused. */
export function outDir(dir: string): string {
  const abs = path.resolve(dir);
  const st = fs.statSync(abs, { throwIfNoEntry: false });
  if (!st) fs.mkdirSync(abs, { recursive: true, mode: 0o700 });
  else if (!st.isDirectory()) throw new CliError('VALIDATION', t('meetings.invite.err.notFolder', { dir }), { dir });
  return abs;
}

/** The core names its files; a client still keeps them inside DIR (no separators, no dot files). */
export function target(dir: string, name: string, force: boolean): OutputFile {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) || name.length > 200) {
    throw new CliError('INTERNAL', t('meetings.invite.err.badName', { name }), { name });
  }
  return outputFile(path.join(dir, name), force);
}

export function registerInvite(meetings: Command): void {
  meetings
    .command('invite')
    .description(t('meetings.invite.description'))
    .argument('<id>', t('meetings.id'))
    .requiredOption('--out <dir>', t('meetings.invite.out'))
    .addOption(new Option('--format <format>', t('meetings.invite.format')).choices(['pdf', 'docx']).default('pdf'))
    .addOption(forceOption())
    .action(
      action({
        input: (_ctx, id: string, o: Opts) => ({ id, format: o.format ?? 'pdf', out: o.out, force: Boolean(o.force) }),
        run: async ({ call }, i) => {
          const { files } = await call('meetings.invitations', { id: i.id, format: i.format });
          const dir = outDir(i.out);
          const targets = files.map((f) => target(dir, f.fileName, i.force));
          const written = files.map((f, n) => saveDelivered(targets[n], f));
          return { dir, files: written };
        },
        show: ({ dir, files }) =>
          [
            t('meetings.invite.written', { count: files.length, dir }),
            ...files.map((f) => `  ${path.basename(f.path)} (${formatSize(f.bytes)})`),
          ].join('\n'),
      }),
    );
}
