/**
 * `uniondesk members list|search|show|add|update|set-status|delete` (import/export: members-files.ts).
 * JSON output is the contract's Member shape (camelCase); lists are in register order (given, family, middle name).
 */
import { Command, Option } from 'commander';
import { MEMBER_STATUSES, type MemberStatus } from '../../shared/members-contract';
import type { CommandInput } from '../../shared/contract';
import { CliError, usageError } from '../io';
import { t } from '../i18n';
import { formatDate } from '../format';
import { call, ctxFrom, withVault } from '../session';
import { addFilterOptions, filtersFrom, parseCount, readJsonObject, withoutReadOnly, type FilterOpts } from './members-options';
import { memberCard, memberTable, statusText } from './members-view';
import { registerMemberFiles } from './members-files';

const DEFAULT_SEARCH_LIMIT = 20;

export function registerMembers(program: Command): void {
  const members = program.command('members').description(t('members.description'));

  addFilterOptions(members.command('list').description(t('members.list.description'))).action(
    async (opts: FilterOpts, cmd: Command) => {
      const ctx = ctxFrom(cmd);
      const filters = filtersFrom(opts);
      const { items } = await withVault(ctx, (core) => call(core, 'members.list', { ...filters, offset: 0, limit: 0 }));
      ctx.out.result(items, () => memberTable(items));
    },
  );

  members
    .command('search')
    .description(t('members.search.description'))
    .argument('<query...>', t('members.search.query'))
    .option('--limit <n>', t('members.search.limit'), String(DEFAULT_SEARCH_LIMIT))
    .action(async (words: string[], opts: { limit: string }, cmd: Command) => {
      const ctx = ctxFrom(cmd);
      const limit = parseCount(opts.limit, '--limit');
      const query = words.join(' ').normalize('NFC').trim();
      if (!query) throw usageError(t('err.missingArgument', { what: 'query' }));
      const { total, items } = await withVault(ctx, (core) => call(core, 'members.list', { query, offset: 0, limit }));
      ctx.out.result(items, () => memberTable(items, total));
    });

  members
    .command('show')
    .description(t('members.show.description'))
    .argument('<id>', t('members.id'))
    .action(async (id: string, _opts: unknown, cmd: Command) => {
      const ctx = ctxFrom(cmd);
      const { member, history } = await withVault(ctx, (core) => call(core, 'members.get', { id }));
      // JSON: the member's fields at the top level, plus the dated status history.
      ctx.out.result({ ...member, history }, () => memberCard(member, history));
    });

  members
    .command('add')
    .description(t('members.add.description'))
    .argument('<file>', t('members.file'))
    .action(async (file: string, _opts: unknown, cmd: Command) => {
      const ctx = ctxFrom(cmd);
      const fields = withoutReadOnly(await readJsonObject(file));
      // The core's schema checks every field (strict: an unknown key is rejected too), exit 4 with each issue.
      const saved = await withVault(ctx, (core) => call(core, 'members.add', fields as CommandInput<'members.add'>));
      ctx.out.result(saved, () => t('members.saved', { name: saved.fullName, id: saved.id }));
    });

  members
    .command('update')
    .description(t('members.update.description'))
    .argument('<id>', t('members.id'))
    .argument('<file>', t('members.file'))
    .action(async (id: string, file: string, _opts: unknown, cmd: Command) => {
      const ctx = ctxFrom(cmd);
      const { id: fileId, status, ...fields } = withoutReadOnly(await readJsonObject(file));
      if (fileId !== undefined && fileId !== id) {
        const message = t('members.err.idMismatch', { fileId: String(fileId), id });
        throw new CliError('VALIDATION', message, [{ path: ['id'], message }]);
      }
      const saved = await withVault(ctx, async (core) => {
        if (status !== undefined) {
          // A status only changes through set-status (dated, with a reason); an unchanged one (from `show`) is fine.
          const { member } = await call(core, 'members.get', { id });
          const message = t('members.err.statusInFile');
          if (status !== member.status) throw new CliError('VALIDATION', message, [{ path: ['status'], message }]);
        }
        return call(core, 'members.update', { ...fields, id } as CommandInput<'members.update'>);
      });
      ctx.out.result(saved, () => t('members.saved', { name: saved.fullName, id: saved.id }));
    });

  members
    .command('set-status')
    .description(t('members.setStatus.description'))
    .argument('<id>', t('members.id'))
    .addOption(new Option('--status <status>', t('members.setStatus.status')).choices(MEMBER_STATUSES).makeOptionMandatory())
    .requiredOption('--date <YYYY-MM-DD>', t('members.setStatus.date'))
    .requiredOption('--reason <text>', t('members.setStatus.reason'))
    .option('--ref <text>', t('members.setStatus.ref'))
    .action(async (id: string, opts: { status: MemberStatus; date: string; reason: string; ref?: string }, cmd: Command) => {
      const ctx = ctxFrom(cmd);
      const input = {
        id,
        status: opts.status,
        date: opts.date.trim(),
        reason: opts.reason.normalize('NFC'),
        ...(opts.ref === undefined ? {} : { ref: opts.ref.normalize('NFC') }),
      };
      // An illegal transition is a CONFLICT from the core (exit 1, like every other CONFLICT),
      // with its Vietnamese message.
      const saved = await withVault(ctx, (core) => call(core, 'members.setStatus', input));
      ctx.out.result(saved, () => t('members.statusSet', { name: saved.fullName, status: statusText(saved.status), date: formatDate(input.date) }));
    });

  members
    .command('delete')
    .description(t('members.delete.description'))
    .argument('<id>', t('members.id'))
    .action(async (id: string, _opts: unknown, cmd: Command) => {
      const ctx = ctxFrom(cmd);
      const name = await withVault(ctx, async (core) => {
        const { member } = await call(core, 'members.get', { id });
        await call(core, 'members.delete', { id });
        return member.fullName;
      });
      ctx.out.result({ ok: true, id }, () => t('members.deleted', { name, id }));
    });

  registerMemberFiles(members);
}
