/**
 * `uniondesk docs templates|render|issue` (the register: list, export, register in docs-register.ts).
 * `render` never touches the register and works without the passphrase; `issue` numbers a new document in it.
 */
import type { Command } from 'commander';
import type { Core } from '../../core';
import { toCliError } from '../io';
import { t } from '../i18n';
import { formatSize } from '../format';
import { forceOption, outputFile, saveDelivered } from '../files';
import { action, call, passphrase, type Ctx } from '../session';
import {
  formatOption,
  outOption,
  parseIsoDate,
  readData,
  readMarkdown,
  resolveFormat,
  type Format,
} from './docs-files';
import { templatesTable } from './docs-view';
import { registerDocsRegister } from './docs-register';
import type { CliFace } from '../face';
import { docsStrings } from './docs-strings';

/**
 * Unlock when a passphrase is available, so the organisation profile fills the defaults; no vault here: stay locked.
 * Also used by `elections tally --minutes`, which renders through the same engine.
 */
export async function unlockIfPossible(ctx: Ctx, core: Core): Promise<void> {
  const pass = passphrase(ctx);
  if (pass === undefined) return;
  try {
    await call(core, 'vault.unlock', { passphrase: pass });
  } catch (e) {
    if (toCliError(e).code !== 'NOT_INITIALIZED') throw e; // a wrong passphrase is still an error (exit 3)
  }
}

function registerDocs(program: Command): void {
  const docs = program.command('docs').description(t('docs.description'));

  docs
    .command('templates')
    .description(t('docs.templates.description'))
    .action(action({ open: 'core', run: ({ call }) => call('docs.templates', {}), show: templatesTable }));

  docs
    .command('render')
    .description(t('docs.render.description'))
    .argument('<file>', t('docs.opt.file'))
    .option('--data <file>', t('docs.opt.data'))
    .addOption(formatOption())
    .addOption(outOption())
    .addOption(forceOption())
    .addHelpText('after', t('docs.render.after'))
    .action(
      action({
        open: 'core',
        input: async (_ctx, file: string, o: { data?: string; format?: Format; out: string; force?: boolean }) => {
          const format = resolveFormat(o.format, o.out);
          const out = outputFile(o.out, o.force);
          const markdown = await readMarkdown(file);
          const data = await readData(o.data);
          return { out, input: { markdown, format, ...(data ? { data } : {}) } };
        },
        // Missing fields or unknown {{variables}}: a VALIDATION error naming them (exit 4); nothing is written.
        run: async (r, { out, input }) => {
          await unlockIfPossible(r.ctx, r.core);
          return { ...saveDelivered(out, await r.call('docs.renderMarkdown', input)), format: input.format };
        },
        show: (w) => t('docs.written', { path: w.path, size: formatSize(w.bytes) }),
      }),
    );

  docs
    .command('issue')
    .description(t('docs.issue.description'))
    .argument('<file>', t('docs.opt.file'))
    .option('--data <file>', t('docs.opt.data'))
    .option('--date <YYYY-MM-DD>', t('docs.issue.date'))
    .action(
      action({
        input: async (_ctx, file: string, o: { data?: string; date?: string }) => ({
          date: o.date === undefined ? {} : { date: parseIsoDate(o.date, '--date') },
          markdown: await readMarkdown(file),
          data: await readData(o.data),
        }),
        run: async ({ call }, { date, markdown, data }) => {
          const { doc } = await call('docs.create', { markdown, ...(data ? { data } : {}) });
          try {
            return await call('docs.issue', { id: doc.id, ...date });
          } catch (e) {
            // Not issued (e.g. no summary): the draft made for this run goes too, so the register has no leftovers.
            await call('docs.delete', { id: doc.id }).catch(() => undefined);
            throw e;
          }
        },
        show: (d) => [t('docs.issued', { number: d.numberText ?? '' }), t('docs.issued.id', { id: d.id })].join('\n'),
      }),
    );

  registerDocsRegister(docs);
}

/** `uniondesk docs`: its strings and its commands, one entry of faces.ts. */
export const docsCli = { name: 'docs', strings: docsStrings, register: registerDocs } satisfies CliFace;
