/**
 * `uniondesk docs list|export|register`: the register of outgoing documents (sổ văn bản đi).
 * The document version option is --doc-version: the program's own --version (print the version) is global.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { usageError } from '../io';
import { t } from '../i18n';
import { formatSize } from '../format';
import { call, ctxFrom, withVault } from '../session';
import { formatOption, outOption, parseDocType, parseWhole, resolveFormat, type Format } from './docs-files';
import { registerTable } from './docs-view';

interface ListOpts {
  type?: string;
  year?: string;
  status?: 'draft' | 'issued';
  query?: string;
}

export function registerDocsRegister(docs: Command): void {
  docs
    .command('list')
    .description(t('docs.list.description'))
    .option('--type <type>', t('docs.list.type'))
    .option('--year <year>', t('docs.list.year'))
    .addOption(new Option('--status <status>', t('docs.list.status')).choices(['draft', 'issued']))
    .option('--query <text>', t('docs.list.query'))
    .action(async (opts: ListOpts, cmd: Command) => {
      const ctx = ctxFrom(cmd);
      const query = opts.query?.normalize('NFC').trim();
      const input = {
        ...(opts.type !== undefined ? { type: parseDocType(opts.type) } : {}),
        ...(opts.year !== undefined ? { year: parseWhole(opts.year, '--year') } : {}),
        ...(opts.status ? { status: opts.status } : {}),
        ...(query ? { query } : {}),
      };
      const list = await withVault(ctx, (core) => call(core, 'docs.list', input));
      ctx.out.result(list, () => registerTable(list));
    });

  docs
    .command('export')
    .description(t('docs.export.description'))
    .argument('<id>', t('docs.export.id'))
    .addOption(formatOption())
    .addOption(outOption())
    .option('--doc-version <n>', t('docs.export.version'))
    .action(async (id: string, opts: { format?: Format; out: string; docVersion?: string }, cmd: Command) => {
      const ctx = ctxFrom(cmd);
      const out = path.resolve(opts.out);
      const format = resolveFormat(opts.format, out);
      const version = opts.docVersion === undefined ? {} : { version: parseWhole(opts.docVersion, '--doc-version') };
      // The core writes the file (mode 0600); an unknown id or version is NOT_FOUND (exit 4).
      const r = await withVault(ctx, (core) => call(core, 'docs.render', { id, format, out, ...version }));
      const written = r.path ?? out;
      const bytes = statSync(written).size;
      ctx.out.result({ path: written, format, bytes }, () => t('docs.written', { path: written, size: formatSize(bytes) }));
    });

  docs
    .command('register')
    .description(t('docs.register.description'))
    .requiredOption('--out <file>', t('docs.register.out'))
    .option('--year <year>', t('docs.register.year'))
    .action(async (opts: { out: string; year?: string }, cmd: Command) => {
      const ctx = ctxFrom(cmd);
      if (!/\.xlsx$/i.test(opts.out)) throw usageError(t('docs.err.badExt', { file: opts.out }));
      const out = path.resolve(opts.out);
      const year = opts.year === undefined ? {} : { year: parseWhole(opts.year, '--year') };
      const r = await withVault(ctx, (core) => call(core, 'docs.exportRegister', { out, ...year }));
      const written = r.path ?? out;
      ctx.out.result({ path: written, count: r.count }, () => t('docs.register.done', { count: r.count, path: written }));
    });
}
