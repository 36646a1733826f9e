/**
 * `uniondesk meetings pack ID --out DIR`: the offline meeting pack, one PDF and a .zip of the same parts as .docx,
 * made by the core's persistent job (progress on stderr) and written into DIR, 0600. Both names are checked before
 * either file is written: a refused run leaves DIR as it was.
 */
import path from 'node:path';
import type { Command } from 'commander';
import type { MeetingPack } from '../../shared/meetings-contract';
import { formatSize } from '../format';
import { forceOption, saveDelivered } from '../files';
import { t } from '../i18n';
import { action, runJob } from '../session';
import { outDir, target } from './meetings-invite';

const en = {
  'meetings.pack.description':
    'write the offline meeting pack (one PDF, and a .zip of the parts as .docx) into a folder',
  'meetings.pack.out': 'the folder (created if missing)',
  'meetings.pack.written': 'Meeting pack ({pages} pages) written to {dir}:',
};
const vi: Partial<Record<keyof typeof en, string>> = {
  'meetings.pack.description': 'ghi bộ tài liệu cuộc họp (một tệp PDF và tệp .zip các phần dạng .docx) vào một thư mục',
  'meetings.pack.out': 'thư mục (tạo mới nếu chưa có)',
  'meetings.pack.written': 'Đã ghi bộ tài liệu cuộc họp ({pages} trang) vào {dir}:',
};
export const packStrings = { en, vi };

interface Opts {
  out: string;
  force?: boolean;
}

export function registerPack(meetings: Command): void {
  meetings
    .command('pack')
    .description(t('meetings.pack.description'))
    .argument('<id>', t('meetings.id'))
    .requiredOption('--out <dir>', t('meetings.pack.out'))
    .addOption(forceOption())
    .action(
      action({
        input: (_ctx, id: string, o: Opts) => ({ id, out: o.out, force: Boolean(o.force) }),
        run: async (r, i) => {
          const pack = (await runJob(r.ctx, r.core, 'meetings.pack', { id: i.id })) as MeetingPack;
          const dir = outDir(i.out);
          const [pdfOut, zipOut] = [target(dir, pack.pdf.fileName, i.force), target(dir, pack.zip.fileName, i.force)];
          return {
            dir,
            pdf: saveDelivered(pdfOut, pack.pdf),
            zip: saveDelivered(zipOut, pack.zip),
            pages: pack.pages,
            parts: pack.parts,
          };
        },
        show: ({ dir, pdf, zip, pages }) =>
          [
            t('meetings.pack.written', { pages, dir }),
            ...[pdf, zip].map((f) => `  ${path.basename(f.path)} (${formatSize(f.bytes)})`),
          ].join('\n'),
      }),
    );
}
