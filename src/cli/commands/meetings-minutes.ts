/**
 * `uniondesk meetings minutes ID --format docx|pdf --out FILE`: makes (or refreshes) the meeting's Biên bản as a
 * draft in the register, then writes it as rendered by the register itself (docs.render), so the file is exactly
 * the draft the secretary will edit and issue.
 */
import { type Command, Option } from 'commander';
import { formatSize } from '../format';
import { forceOption, outputFile, saveDelivered } from '../files';
import { t } from '../i18n';
import { action } from '../session';

const FORMATS = ['docx', 'pdf'] as const;

interface Opts {
  format: (typeof FORMATS)[number];
  out: string;
  force?: boolean;
  regenerate?: boolean;
}

export function registerMinutes(meetings: Command): void {
  meetings
    .command('minutes')
    .description(t('meetings.minutes.description'))
    .argument('<id>', t('meetings.id'))
    .addOption(new Option('--format <format>', t('meetings.minutes.format')).choices([...FORMATS]).default('docx'))
    .requiredOption('--out <file>', t('meetings.minutes.out'))
    .option('--regenerate', t('meetings.minutes.regenerate'))
    .addOption(forceOption())
    .action(
      action({
        // The output is checked before the vault opens: a file in the way costs no passphrase.
        input: (_ctx, id: string, o: Opts) => ({
          id,
          format: o.format,
          out: outputFile(o.out, o.force),
          overwrite: o.regenerate === true,
        }),
        // Issued minutes are CONFLICT (exit code of a conflict): a change to them is a supplement.
        run: async ({ call }, { id, format, out, overwrite }) => {
          const { documentId } = await call('meetings.minutes', { id, overwrite });
          return { documentId, ...saveDelivered(out, await call('docs.render', { id: documentId, format })) };
        },
        show: (r) => t('meetings.minutes.written', { path: r.path, size: formatSize(r.bytes), id: r.documentId }),
      }),
    );
}
