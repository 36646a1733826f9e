/** `uniondesk members import|export`: the register from and to spreadsheet files (and the printable PDF list). */
import path from 'node:path';
import type { Command } from 'commander';
import type { ImportReport } from '../../shared/members-contract';
import { usageError } from '../io';
import { t } from '../i18n';
import { ctxFrom, call, runJob, withVault } from '../session';
import { addFilterOptions, collectList, filtersFrom, parseMapping, type FilterOpts } from './members-options';
import { importText } from './members-view';

export function registerMemberFiles(members: Command): void {
  members
    .command('import')
    .description(t('members.import.description'))
    .argument('<file>', t('members.import.file'))
    .option('--dry-run', t('members.import.dryRun'))
    .option('--map <pairs>', t('members.import.map'), collectList)
    .action(async (file: string, opts: { dryRun?: boolean; map?: string[] }, cmd: Command) => {
      const ctx = ctxFrom(cmd);
      const mapping = parseMapping(opts.map);
      const input = { file: path.resolve(file), dryRun: Boolean(opts.dryRun), ...(mapping ? { mapping } : {}) };
      // An unreadable or unparsable file fails the job (NOT_FOUND / VALIDATION: exit 4). Rejected rows do not:
      // the valid rows are imported and the report lists the others (exit 0).
      const report = (await withVault(ctx, (core) => runJob(ctx, core, 'members.import', input))) as ImportReport;
      const { imported, updated, unchanged, rejected, converted, dryRun, headerRow, unmapped } = report;
      ctx.out.result({ imported, updated, unchanged, rejected, converted, dryRun, headerRow, unmapped }, () => importText(report));
    });

  addFilterOptions(
    members
      .command('export')
      .description(t('members.export.description'))
      .argument('<file>', t('members.export.file'))
      .option('--include-sensitive', t('members.export.includeSensitive')),
  ).action(async (file: string, opts: FilterOpts & { includeSensitive?: boolean }, cmd: Command) => {
    const ctx = ctxFrom(cmd);
    const format = /\.(xlsx|pdf)$/i.exec(file)?.[1].toLowerCase() as 'xlsx' | 'pdf' | undefined;
    if (!format) throw usageError(t('members.err.badExt', { file }));
    const filters = filtersFrom(opts);
    const includeSensitive = Boolean(opts.includeSensitive);
    // Said before the file exists, on stderr (stdout stays the one JSON document); the core logs every export.
    if (includeSensitive) ctx.out.log(t(format === 'xlsx' ? 'members.export.sensitive' : 'members.export.pdfNoSensitive'));
    const out = path.resolve(file);
    const r = await withVault(ctx, (core) => call(core, 'members.export', { ...filters, format, includeSensitive, out }));
    const written = r.path ?? out;
    ctx.out.result({ path: written, count: r.count }, () => t('members.export.done', { count: r.count, path: written }));
  });
}
