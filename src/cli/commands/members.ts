/**
 * `uniondesk members list|search|show|add|update|set-status|delete` (import/export: members-files.ts).
 * JSON output is the contract's Member shape (camelCase); lists are in register order (given, family, middle name).
 */
import { Command, Option } from 'commander';
import { MEMBER_STATUSES, type Member, type MemberStatus } from '../../shared/members-contract';
import type { CommandInput } from '../../shared/contract';
import { CliError, usageError } from '../io';
import { t } from '../i18n';
import { formatDate } from '../format';
import { action } from '../session';
import {
  addFilterOptions,
  filtersFrom,
  parseCount,
  readJsonObject,
  withoutReadOnly,
  type FilterOpts,
} from './members-options';
import { memberCard, memberTable, statusText } from './members-view';
import { registerMemberFiles } from './members-files';
import { registerMemberUnsubscribe } from './members-unsubscribe';
import type { CliFace } from '../face';
import { membersStrings } from './members-strings';

const DEFAULT_SEARCH_LIMIT = 20;

const saved = (m: Member) => t('members.saved', { name: m.fullName, id: m.id });

interface StatusOpts {
  status: MemberStatus;
  date: string;
  reason: string;
  ref?: string;
}

function registerMembers(program: Command): void {
  const members = program.command('members').description(t('members.description'));

  addFilterOptions(members.command('list').description(t('members.list.description'))).action(
    action({
      input: (_ctx, o: FilterOpts) => filtersFrom(o),
      run: async ({ call }, filters) => (await call('members.list', { ...filters, offset: 0, limit: 0 })).items,
      show: (items) => memberTable(items),
    }),
  );

  members
    .command('search')
    .description(t('members.search.description'))
    .argument('<query...>', t('members.search.query'))
    .option('--limit <n>', t('members.search.limit'), String(DEFAULT_SEARCH_LIMIT))
    .action(
      action({
        input: (_ctx, words: string[], o: { limit: string }) => {
          const limit = parseCount(o.limit, '--limit');
          const query = words.join(' ').normalize('NFC').trim();
          if (!query) throw usageError(t('err.missingArgument', { what: 'query' }));
          return { query, offset: 0, limit };
        },
        run: ({ call }, input) => call('members.list', input),
        json: (r) => r.items,
        show: (r) => memberTable(r.items, r.total),
      }),
    );

  members
    .command('show')
    .description(t('members.show.description'))
    .argument('<id>', t('members.id'))
    .action(
      action({
        input: (_ctx, id: string) => ({ id }),
        run: ({ call }, input) => call('members.get', input),
        // JSON: the member's fields at the top level, plus the dated status history.
        json: ({ member, history }) => ({ ...member, history }),
        show: ({ member, history }) => memberCard(member, history),
      }),
    );

  members
    .command('add')
    .description(t('members.add.description'))
    .argument('<file>', t('members.file'))
    .action(
      action({
        input: async (_ctx, file: string) => withoutReadOnly(await readJsonObject(file)) as CommandInput<'members.add'>,
        // The core's schema checks every field (strict: an unknown key is rejected too), exit 4 with each issue.
        run: ({ call }, fields) => call('members.add', fields),
        show: saved,
      }),
    );

  members
    .command('update')
    .description(t('members.update.description'))
    .argument('<id>', t('members.id'))
    .argument('<file>', t('members.file'))
    .action(
      action({
        input: async (_ctx, id: string, file: string) => {
          const { id: fileId, status, ...fields } = withoutReadOnly(await readJsonObject(file));
          if (fileId !== undefined && fileId !== id) {
            const message = t('members.err.idMismatch', { fileId: String(fileId), id });
            throw new CliError('VALIDATION', message, [{ path: ['id'], message }]);
          }
          return { status, fields: { ...fields, id } as CommandInput<'members.update'> };
        },
        run: async ({ call }, { status, fields }) => {
          if (status !== undefined) {
            // A status only changes through set-status (dated, with a reason); an unchanged one (from `show`) is fine.
            const { member } = await call('members.get', { id: fields.id });
            const message = t('members.err.statusInFile');
            if (status !== member.status) throw new CliError('VALIDATION', message, [{ path: ['status'], message }]);
          }
          return call('members.update', fields);
        },
        show: saved,
      }),
    );

  members
    .command('set-status')
    .description(t('members.setStatus.description'))
    .argument('<id>', t('members.id'))
    .addOption(
      new Option('--status <status>', t('members.setStatus.status')).choices(MEMBER_STATUSES).makeOptionMandatory(),
    )
    .requiredOption('--date <YYYY-MM-DD>', t('members.setStatus.date'))
    .requiredOption('--reason <text>', t('members.setStatus.reason'))
    .option('--ref <text>', t('members.setStatus.ref'))
    .action(
      action({
        input: (_ctx, id: string, o: StatusOpts) => ({
          id,
          status: o.status,
          date: o.date.trim(),
          reason: o.reason.normalize('NFC'),
          ...(o.ref === undefined ? {} : { ref: o.ref.normalize('NFC') }),
        }),
        // An illegal transition is a CONFLICT from the core (exit 1, like every other CONFLICT), in Vietnamese.
        run: async ({ call }, input) => ({ member: await call('members.setStatus', input), date: input.date }),
        json: ({ member }) => member,
        show: ({ member: m, date }) =>
          t('members.statusSet', { name: m.fullName, status: statusText(m.status), date: formatDate(date) }),
      }),
    );

  members
    .command('delete')
    .description(t('members.delete.description'))
    .argument('<id>', t('members.id'))
    .action(
      action({
        input: (_ctx, id: string) => ({ id }),
        run: async ({ call }, { id }) => {
          const { member } = await call('members.get', { id });
          await call('members.delete', { id });
          return { ok: true, id, name: member.fullName };
        },
        json: ({ ok, id }) => ({ ok, id }),
        show: ({ name, id }) => t('members.deleted', { name, id }),
      }),
    );

  registerMemberFiles(members);
  registerMemberUnsubscribe(members);
}

/** `uniondesk members`: its strings and its commands, one entry of faces.ts. */
export const membersCli = { name: 'members', strings: membersStrings, register: registerMembers } satisfies CliFace;
