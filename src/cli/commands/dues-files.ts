/**
 * `uniondesk dues salaries import|sheet|receipt|export`: the files in and out. The core's files commands (the
 * dues-files helper's) read and make the bytes; this face only reads the input file and writes what they return.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { formatSize } from '../format';
import { forceOption, MB, outputFile, readBounded, saveDelivered } from '../files';
import { t } from '../i18n';
import { action } from '../session';
import { memberByIdNumber, parseYear, unitIdByName } from './dues-refs';

/** A payroll sheet of a few thousand rows is well under a MB; the core takes about 33 MB of file. */
const MAX_SHEET_BYTES = 30 * MB;

const written = (r: { path: string; bytes: number }) => t('dues.written', { path: r.path, size: formatSize(r.bytes) });

export function registerDuesFiles(dues: Command): void {
  const salaries = dues.command('salaries').description(t('dues.salaries.description'));
  salaries
    .command('import')
    .description(t('dues.salaries.import.description'))
    .argument('<file>', t('dues.salaries.import.file'))
    .requiredOption('--from <month>', t('dues.opt.month'))
    .option('--dry-run', t('dues.opt.dryRun'))
    .action(
      action({
        input: (_ctx, file: string, o: { from: string; dryRun?: boolean }) => ({
          fileName: path.basename(file),
          base64: readBounded(file, MAX_SHEET_BYTES).toString('base64'),
          fromMonth: o.from,
          dryRun: o.dryRun === true,
        }),
        run: (r, input) => r.call('dues.importSalaries', input),
        json: ({ applied, unchanged, rejected }) => ({ applied, unchanged, rejected }),
        show: (s) =>
          [
            t('dues.salaries.import.done', { applied: s.applied, unchanged: s.unchanged, rejected: s.rejected.length }),
            ...s.rejected.map((x) => t('dues.rejected.row', { row: x.row, reason: x.reason })),
          ].join('\n'),
      }),
    );

  dues
    .command('sheet')
    .description(t('dues.sheet.description'))
    .requiredOption('--month <month>', t('dues.opt.month'))
    .requiredOption('--unit <name>', t('dues.opt.unit'))
    .requiredOption('--out <file>', t('dues.opt.out'))
    .addOption(forceOption())
    .action(
      action({
        input: (_ctx, o: { month: string; unit: string; out: string; force?: boolean }) => ({
          ...o,
          file: outputFile(o.out, o.force),
        }),
        run: async (r, o) =>
          saveDelivered(o.file, await r.call('dues.sheet', { month: o.month, unitId: await unitIdByName(r, o.unit) })),
        show: written,
      }),
    );

  dues
    .command('receipt')
    .description(t('dues.receipt.description'))
    .requiredOption('--member <idNumber>', t('dues.pay.member'))
    .requiredOption('--month <month>', t('dues.opt.month'))
    .requiredOption('--out <file>', t('dues.opt.out'))
    .addOption(forceOption())
    .action(
      action({
        input: (_ctx, o: { member: string; month: string; out: string; force?: boolean }) => ({
          ...o,
          file: outputFile(o.out, o.force),
        }),
        run: async (r, o) => {
          const memberId = (await memberByIdNumber(r, o.member)).id;
          return saveDelivered(o.file, await r.call('dues.receipt', { memberId, month: o.month }));
        },
        show: written,
      }),
    );

  dues
    .command('export')
    .description(t('dues.export.description'))
    .requiredOption('--year <year>', t('dues.export.year'))
    .requiredOption('--out <file>', t('dues.opt.out'))
    .addOption(forceOption())
    .action(
      action({
        input: (_ctx, o: { year: string; out: string; force?: boolean }) => ({
          year: parseYear(o.year),
          file: outputFile(o.out, o.force),
        }),
        run: async (r, o) => saveDelivered(o.file, await r.call('dues.export', { year: o.year })),
        show: written,
      }),
    );
}
