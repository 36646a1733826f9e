/**
 * `uniondesk docs list|export|register`: the register of outgoing documents (sổ văn bản đi).
 * The document version option is --doc-version: the program's own --version (print the version) is global.
 */
import { Command, Option } from 'commander';
import { usageError } from '../io';
import { t } from '../i18n';
import { formatSize } from '../format';
import { forceOption, outputFile, saveDelivered } from '../files';
import { action } from '../session';
import { formatOption, outOption, parseDocType, parseWhole, resolveFormat, type Format } from './docs-files';
import { registerTable } from './docs-view';

interface ListOpts {
  type?: string;
  year?: string;
  status?: 'draft' | 'issued';
  query?: string;
}

interface ExportOpts {
  format?: Format;
  out: string;
  docVersion?: string;
  force?: boolean;
}

export function registerDocsRegister(docs: Command): void {
  docs
    .command('list')
    .description(t('docs.list.description'))
    .option('--type <type>', t('docs.list.type'))
    .option('--year <year>', t('docs.list.year'))
    .addOption(new Option('--status <status>', t('docs.list.status')).choices(['draft', 'issued']))
    .option('--query <text>', t('docs.list.query'))
    .action(
      action({
        input: (_ctx, opts: ListOpts) => {
          const query = opts.query?.normalize('NFC').trim();
          return {
            ...(opts.type !== undefined ? { type: parseDocType(opts.type) } : {}),
            ...(opts.year !== undefined ? { year: parseWhole(opts.year, '--year') } : {}),
            ...(opts.status ? { status: opts.status } : {}),
            ...(query ? { query } : {}),
          };
        },
        run: ({ call }, input) => call('docs.list', input),
        show: registerTable,
      }),
    );

  docs
    .command('export')
    .description(t('docs.export.description'))
    .argument('<id>', t('docs.export.id'))
    .addOption(formatOption())
    .addOption(outOption())
    .option('--doc-version <n>', t('docs.export.version'))
    .addOption(forceOption())
    .action(
      action({
        input: (_ctx, id: string, o: ExportOpts) => ({
          id,
          format: resolveFormat(o.format, o.out),
          ...(o.docVersion === undefined ? {} : { version: parseWhole(o.docVersion, '--doc-version') }),
          out: outputFile(o.out, o.force),
        }),
        // An unknown id or version is NOT_FOUND (exit 4).
        run: async ({ call }, { out, ...input }) => ({
          ...saveDelivered(out, await call('docs.render', input)),
          format: input.format,
        }),
        show: (r) => t('docs.written', { path: r.path, size: formatSize(r.bytes) }),
      }),
    );

  docs
    .command('register')
    .description(t('docs.register.description'))
    .requiredOption('--out <file>', t('docs.register.out'))
    .option('--year <year>', t('docs.register.year'))
    .addOption(forceOption())
    .action(
      action({
        input: (_ctx, o: { out: string; year?: string; force?: boolean }) => {
          if (!/\.xlsx$/i.test(o.out)) throw usageError(t('docs.err.badExt', { file: o.out }));
          const year = o.year === undefined ? {} : { year: parseWhole(o.year, '--year') };
          return { year, out: outputFile(o.out, o.force) };
        },
        run: async ({ call }, { year, out }) => {
          const r = await call('docs.exportRegister', year);
          return { path: saveDelivered(out, r).path, count: r.count };
        },
        show: (r) => t('docs.register.done', { count: r.count, path: r.path }),
      }),
    );
}
