/**
 * `uniondesk docs templates|render|issue` (the register: list, export, register in docs-register.ts).
 * `render` never touches the register and works without the passphrase; `issue` numbers a new document in it.
 */
import path from 'node:path';
import type { Command } from 'commander';
import type { Core } from '../../core';
import { toCliError } from '../io';
import { t } from '../i18n';
import { formatSize } from '../format';
import { call, ctxFrom, passphrase, withCore, withVault, type Ctx } from '../session';
import { formatOption, outOption, parseIsoDate, readData, readMarkdown, resolveFormat, writePrivate, type Format } from './docs-files';
import { templatesTable } from './docs-view';
import { registerDocsRegister } from './docs-register';

/**
 * Unlock when a passphrase is available, so the organisation profile fills the defaults; no vault here: stay locked.
 */
async function unlockIfPossible(ctx: Ctx, core: Core): Promise<void> {
  const pass = passphrase(ctx);
  if (pass === undefined) return;
  try {
    await call(core, 'vault.unlock', { passphrase: pass });
  } catch (e) {
    if (toCliError(e).code !== 'NOT_INITIALIZED') throw e; // a wrong passphrase is still an error (exit 3)
  }
}

export function registerDocs(program: Command): void {
  const docs = program.command('docs').description(t('docs.description'));

  docs
    .command('templates')
    .description(t('docs.templates.description'))
    .action(async (_opts: unknown, cmd: Command) => {
      const ctx = ctxFrom(cmd);
      const list = await withCore(ctx, (core) => call(core, 'docs.templates', {}));
      ctx.out.result(list, () => templatesTable(list));
    });

  docs
    .command('render')
    .description(t('docs.render.description'))
    .argument('<file>', t('docs.opt.file'))
    .option('--data <file>', t('docs.opt.data'))
    .addOption(formatOption())
    .addOption(outOption())
    .addHelpText('after', t('docs.render.after'))
    .action(async (file: string, opts: { data?: string; format?: Format; out: string }, cmd: Command) => {
      const ctx = ctxFrom(cmd);
      const out = path.resolve(opts.out);
      const format = resolveFormat(opts.format, out);
      const markdown = await readMarkdown(file);
      const data = await readData(opts.data);
      // Missing fields or unknown {{variables}}: a VALIDATION error naming them (exit 4); nothing is written.
      const r = await withCore(ctx, async (core) => {
        await unlockIfPossible(ctx, core);
        return call(core, 'docs.renderMarkdown', { markdown, format, ...(data ? { data } : {}) });
      });
      const bytes = Buffer.from(r.base64, 'base64');
      writePrivate(out, bytes);
      ctx.out.result({ path: out, format, bytes: bytes.length }, () => t('docs.written', { path: out, size: formatSize(bytes.length) }));
    });

  docs
    .command('issue')
    .description(t('docs.issue.description'))
    .argument('<file>', t('docs.opt.file'))
    .option('--data <file>', t('docs.opt.data'))
    .option('--date <YYYY-MM-DD>', t('docs.issue.date'))
    .action(async (file: string, opts: { data?: string; date?: string }, cmd: Command) => {
      const ctx = ctxFrom(cmd);
      const date = opts.date === undefined ? {} : { date: parseIsoDate(opts.date, '--date') };
      const markdown = await readMarkdown(file);
      const data = await readData(opts.data);
      const record = await withVault(ctx, async (core) => {
        const { doc } = await call(core, 'docs.create', { markdown, ...(data ? { data } : {}) });
        try {
          return await call(core, 'docs.issue', { id: doc.id, ...date });
        } catch (e) {
          // Not issued (e.g. no summary): the draft made for this run goes too, so the register has no leftovers.
          await call(core, 'docs.delete', { id: doc.id }).catch(() => undefined);
          throw e;
        }
      });
      ctx.out.result(record, () => [t('docs.issued', { number: record.numberText ?? '' }), t('docs.issued.id', { id: record.id })].join('\n'));
    });

  registerDocsRegister(docs);
}
