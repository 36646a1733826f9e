/** `uniondesk reports hdcd`: Mẫu 1-HĐCĐ's figures (the issue's JSON shape), and its paper with --out. */
import type { Command } from 'commander';
import { formatDateVi } from '../../shared/text/format';
import { forceOption, outputFile, saveDelivered } from '../files';
import { formatSize, table } from '../format';
import { t } from '../i18n';
import { action } from '../session';
import type { CliFace } from '../face';
import { reportsStrings } from './reports-strings';
import { fileFormat, formatOption } from './welfare-programmes';

function registerReports(program: Command): void {
  const reports = program.command('reports').description(t('reports.description'));
  reports
    .command('hdcd')
    .description(t('reports.hdcd.description'))
    .requiredOption('--as-of <date>', t('reports.hdcd.asOf'))
    .option('--out <file>', t('reports.hdcd.out'))
    .addOption(formatOption())
    .addOption(forceOption())
    .action(
      action({
        input: (_ctx, o: { asOf: string; out?: string; format?: string; force?: boolean }) => ({
          asOf: o.asOf,
          out: o.out ? { format: fileFormat(o.format, o.out), file: outputFile(o.out, o.force) } : null,
        }),
        run: async (r, o) => {
          const report = await r.call('reports.hdcd', { asOf: o.asOf });
          const saved = o.out
            ? saveDelivered(o.out.file, await r.call('reports.hdcdFile', { asOf: o.asOf, format: o.out.format }))
            : null;
          return { report, saved };
        },
        json: ({ report: { asOf, from, members, women, admitted, left, unionGroups, workers } }) => ({
          asOf,
          from,
          members,
          women,
          admitted,
          left,
          unionGroups,
          workers,
        }),
        show: ({ report, saved }) =>
          [
            t('reports.hdcd.period', { from: formatDateVi(report.from), asOf: formatDateVi(report.asOf) }),
            table(
              [t('reports.col.row'), t('reports.col.label'), t('reports.col.value')],
              report.rows.map((x) => [x.row, x.label, x.value === null ? '' : String(x.value)]),
            ),
            ...(saved ? [t('reports.written', { path: saved.path, size: formatSize(saved.bytes) })] : []),
          ].join('\n'),
      }),
    );
}

/** `uniondesk reports`: its strings and its commands, one entry of faces.ts. */
export const reportsCli = { name: 'reports', strings: reportsStrings, register: registerReports } satisfies CliFace;
