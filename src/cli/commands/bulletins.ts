/** `uniondesk bulletins create|list|render`: bản tin nội bộ written in Markdown, rendered as they go out. */
import { type Command, Option } from 'commander';
import { formatDateVi } from '../../shared/text/format';
import type { CliFace } from '../face';
import { forceOption, MB, outputFile, readBounded, saveDelivered } from '../files';
import { formatSize, table } from '../format';
import { t } from '../i18n';
import { usageError } from '../io';
import { action } from '../session';
import { bulletinsStrings } from './bulletins-strings';

/** The core takes up to 2,000,000 characters of Markdown (images inline as data: URLs included). */
const MAX_MARKDOWN_BYTES = 6 * MB;

const issue = (n: number) => String(n).padStart(2, '0');

function registerBulletins(program: Command): void {
  const bulletins = program.command('bulletins').description(t('bulletins.description'));

  bulletins
    .command('create')
    .description(t('bulletins.create.description'))
    .argument('<file>', t('bulletins.create.file'))
    .action(
      action({
        // Read before the vault opens: a missing or huge file needs no passphrase.
        input: (_ctx, file: string) => ({ markdown: readBounded(file, MAX_MARKDOWN_BYTES).toString('utf8') }),
        run: async ({ call }, input) => {
          const { id } = await call('bulletins.create', input);
          return call('bulletins.get', { id });
        },
        json: ({ id }) => ({ id }),
        show: (b) => t('bulletins.created', { issue: issue(b.issueNumber), title: b.title, id: b.id }),
      }),
    );

  bulletins
    .command('list')
    .description(t('bulletins.list.description'))
    .option('--year <year>', t('bulletins.list.year'))
    .action(
      action({
        input: (_ctx, o: { year?: string }) => {
          if (o.year === undefined) return {};
          if (!/^\d{4}$/.test(o.year)) throw usageError(t('bulletins.err.year', { value: o.year }));
          return { year: Number(o.year) };
        },
        run: ({ call }, input) => call('bulletins.list', input),
        show: ({ items }) =>
          items.length
            ? table(
                [t('bulletins.col.issue'), t('bulletins.col.date'), t('bulletins.col.title'), t('bulletins.col.id')],
                items.map((b) => [issue(b.issueNumber), formatDateVi(b.date), b.title, b.id]),
              )
            : t('bulletins.none'),
      }),
    );

  bulletins
    .command('render')
    .description(t('bulletins.render.description'))
    .argument('<id>', t('bulletins.col.id'))
    .addOption(
      new Option('--format <format>', t('bulletins.render.format')).choices(['email', 'text', 'pdf']).default('pdf'),
    )
    .requiredOption('--out <file>', t('bulletins.render.out'))
    .addOption(forceOption())
    .action(
      action({
        input: (_ctx, id: string, o: { format: 'email' | 'text' | 'pdf'; out: string; force?: boolean }) => ({
          id,
          format: o.format,
          out: outputFile(o.out, Boolean(o.force)),
        }),
        run: async ({ call }, { id, format, out }) =>
          saveDelivered(out, await call('bulletins.render', { id, format })),
        json: ({ path, bytes }) => ({ path, bytes }),
        show: ({ path, bytes }) => t('bulletins.render.written', { path, size: formatSize(bytes) }),
      }),
    );
}

/** `uniondesk bulletins`: its strings and its commands, one entry of faces.ts. */
export const bulletinsCli = {
  name: 'bulletins',
  strings: bulletinsStrings,
  register: registerBulletins,
} satisfies CliFace;
