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

type ImportOpts = { dryRun?: boolean; map?: string[]; skipFlagged?: boolean; problems?: string; force?: boolean };
type ExportOpts = FilterOpts & { includeSensitive?: boolean; force?: boolean };

export function registerMemberFiles(members: Command): void {
  members
    .command('import')
    .description(t('members.import.description'))
    .argument('<file>', t('members.import.file'))
    .option('--dry-run', t('members.import.dryRun'))
    .option('--map <pairs>', t('members.import.map'), collectList)
    .option('--skip-flagged', t('members.import.skipFlagged'))
    .option('--problems <file>', t('members.import.problems'))
    .addOption(forceOption())
    .action(
      action({
        input: (_ctx, file: string, o: ImportOpts) => {
          const mapping = parseMapping(o.map);
          const problems = o.problems ? outputFile(o.problems, o.force) : null;
          const base64 = readBounded(file, MAX_IMPORT_BYTES).toString('base64');
          const skipFlagged = Boolean(o.skipFlagged);
          const common = { fileName: path.basename(file), base64, skipFlagged, ...(mapping ? { mapping } : {}) };
          return { common, dryRun: Boolean(o.dryRun), problems };
        },
        // A file that is not member data, or a column still to choose (job title or union position?), fails the
        // job (VALIDATION: exit 4). Rejected rows do not: the valid rows are imported and the report lists the others.
        run: async (r, { common, dryRun, problems }) => {
          const report = (await runJob(r.ctx, r.core, 'members.importData', { ...common, dryRun })) as ImportReport;
          if (!problems) return { report, problems: null };
          const file = await r.call('members.importProblems', common);
          return { report, problems: { path: saveDelivered(problems, file).path, count: file.count } };
        },
        json: ({ report, problems }) => ({
          imported: report.imported,
          updated: report.updated,
          unchanged: report.unchanged,
          rejected: report.rejected,
          converted: report.converted,
          dryRun: report.dryRun,
          headerRow: report.headerRow,
          unmapped: report.unmapped,
          ambiguous: report.ambiguous,
          flagged: report.flagged,
          skipped: report.skipped,
          ...(problems ? { problems } : {}),
        }),
        show: ({ report, problems }) =>
          [importText(report), ...(problems ? [t('members.import.problemsSaved', problems)] : [])].join('\n'),
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
