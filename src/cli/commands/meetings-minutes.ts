/**
 * `uniondesk meetings minutes|resolution ID --format docx|pdf --out FILE`: makes (or refreshes) the meeting's Biên
 * bản or Nghị quyết as a draft in the register, then writes it as rendered by the register itself (docs.render), so
 * the file is exactly the draft the secretary will edit and issue.
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

/** The papers a meeting's record makes in the register; each has the strings `meetings.<paper>.…`. */
type Paper = 'minutes' | 'resolution';

function registerPaper(meetings: Command, paper: Paper): void {
  meetings
    .command(paper)
    .description(t(`meetings.${paper}.description`))
    .argument('<id>', t('meetings.id'))
    .addOption(new Option('--format <format>', t(`meetings.${paper}.format`)).choices([...FORMATS]).default('docx'))
    .requiredOption('--out <file>', t(`meetings.${paper}.out`))
    .option('--regenerate', t(`meetings.${paper}.regenerate`))
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
        // An issued paper is CONFLICT (exit code of a conflict): a change to it is a supplement.
        run: async ({ call }, { id, format, out, overwrite }) => {
          const { documentId } = await call(`meetings.${paper}`, { id, overwrite });
          return { documentId, ...saveDelivered(out, await call('docs.render', { id: documentId, format })) };
        },
        show: (r) => t(`meetings.${paper}.written`, { path: r.path, size: formatSize(r.bytes), id: r.documentId }),
      }),
    );
}

export function registerMinutes(meetings: Command): void {
  registerPaper(meetings, 'minutes');
}

/** The Nghị quyết of the passed motions (no motion passed: VALIDATION, exit 4). */
export function registerResolution(meetings: Command): void {
  registerPaper(meetings, 'resolution');
}
