/** `uniondesk members import|export`: the register from and to spreadsheet files (and the printable PDF list). */
import path from 'node:path';
import type { Command } from 'commander';
import type { ImportReport } from '../../shared/members-contract';
import { usageError } from '../io';
import { t } from '../i18n';
import { MB, forceOption, outputFile, readBounded, saveDelivered } from '../files';
import { action, runJob } from '../session';
import { addFilterOptions, collectList, filtersFrom, parseMapping, type FilterOpts } from './members-options';
import { importText } from './members-view';

/** The core takes up to 70 million base64 characters (about 52 MB); real registers are a few MB. */
const MAX_IMPORT_BYTES = 50 * MB;

type ExportOpts = FilterOpts & { includeSensitive?: boolean; force?: boolean };

export function registerMemberFiles(members: Command): void {
  members
    .command('import')
    .description(t('members.import.description'))
    .argument('<file>', t('members.import.file'))
    .option('--dry-run', t('members.import.dryRun'))
    .option('--map <pairs>', t('members.import.map'), collectList)
    .action(
      action({
        input: (_ctx, file: string, o: { dryRun?: boolean; map?: string[] }) => {
          const mapping = parseMapping(o.map);
          const base64 = readBounded(file, MAX_IMPORT_BYTES).toString('base64');
          return { fileName: path.basename(file), base64, dryRun: Boolean(o.dryRun), ...(mapping ? { mapping } : {}) };
        },
        // A file that is not member data fails the job (VALIDATION: exit 4). Rejected rows do not: the valid rows
        // are imported and the report lists the others (exit 0).
        run: async (r, input) => (await runJob(r.ctx, r.core, 'members.importData', input)) as ImportReport,
        json: ({ imported, updated, unchanged, rejected, converted, dryRun, headerRow, unmapped }) => ({
          imported,
          updated,
          unchanged,
          rejected,
          converted,
          dryRun,
          headerRow,
          unmapped,
        }),
        show: importText,
      }),
    );

  addFilterOptions(
    members
      .command('export')
      .description(t('members.export.description'))
      .argument('<file>', t('members.export.file'))
      .option('--include-sensitive', t('members.export.includeSensitive'))
      .addOption(forceOption()),
  ).action(
    action({
      input: (ctx, file: string, o: ExportOpts) => {
        const format = /\.(xlsx|pdf)$/i.exec(file)?.[1].toLowerCase() as 'xlsx' | 'pdf' | undefined;
        if (!format) throw usageError(t('members.err.badExt', { file }));
        const includeSensitive = Boolean(o.includeSensitive);
        // Said before the file exists, on stderr (stdout stays the one JSON document); the core logs every export.
        if (includeSensitive)
          ctx.out.log(t(format === 'xlsx' ? 'members.export.sensitive' : 'members.export.pdfNoSensitive'));
        return { out: outputFile(file, o.force), input: { ...filtersFrom(o), format, includeSensitive } };
      },
      run: async ({ call }, { out, input }) => {
        const r = await call('members.export', input);
        return { path: saveDelivered(out, r).path, count: r.count };
      },
      show: (r) => t('members.export.done', { count: r.count, path: r.path }),
    }),
  );
}
