/** `uniondesk funds category set`: the union adds its own category or renames/remaps one (its B14/B07 line). */
import type { Command } from 'commander';
import { Option } from 'commander';
import { t } from '../i18n';
import { action } from '../session';

interface SetOpts {
  code: string;
  name: string;
  kind: 'revenue' | 'spending';
  line: string;
}

export function registerFundsCategory(funds: Command): void {
  const category = funds.command('category').description(t('funds.category.description'));
  category
    .command('set')
    .description(t('funds.category.set.description'))
    .requiredOption('--code <code>', t('funds.category.code'))
    .requiredOption('--name <text>', t('funds.category.name'))
    .addOption(
      new Option('--kind <kind>', t('funds.category.kind')).choices(['revenue', 'spending']).makeOptionMandatory(),
    )
    .requiredOption('--line <line>', t('funds.category.line'))
    .action(
      action({
        // The core checks the code's shape and a reserved category's kind, with its Vietnamese messages.
        input: (_ctx, o: SetOpts) => ({ code: o.code.trim(), name: o.name, kind: o.kind, line: o.line }),
        run: (r, i) => r.call('funds.setCategory', i),
        json: ({ code, name, kind, line, builtIn, reserved }) => ({ code, name, kind, line, builtIn, reserved }),
        show: (c) => t('funds.category.done', { code: c.code, name: c.name, line: c.line }),
      }),
    );
}
