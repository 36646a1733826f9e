/**
 * `uniondesk welfare …`: support paid to members (with its payment voucher), a member's support and dues history,
 * registrations; the programmes themselves: welfare-programmes.ts. JSON shapes are the (used by checks).
 */
import type { Command } from 'commander';
import { Option } from 'commander';
import { SUPPORT_KINDS } from '../../shared/welfare-contract';
import { formatDateVi } from '../../shared/text/format';
import { formatVnd } from '../../shared/text/money';
import { EXIT } from '../exit-codes';
import { table } from '../format';
import { CliError } from '../io';
import { t } from '../i18n';
import { action } from '../session';
import type { CliFace } from '../face';
import { memberByIdNumber, parseAmount } from './dues-refs';
import { registerProgrammes } from './welfare-programmes';
import { welfareStrings } from './welfare-strings';

const vnd = (n: number) => formatVnd(n, { short: true });
const monthVi = (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`;

interface SupportOpts {
  member: string;
  kind: (typeof SUPPORT_KINDS)[number];
  date: string;
  amount: string;
  account?: 'cash' | 'bank';
  decision?: string;
  note?: string;
}

function registerSupport(welfare: Command): void {
  welfare
    .command('support')
    .description(t('welfare.support.description'))
    .requiredOption('--member <idNumber>', t('welfare.opt.member'))
    .addOption(new Option('--kind <kind>', t('welfare.support.kind')).choices([...SUPPORT_KINDS]).makeOptionMandatory())
    .requiredOption('--date <date>', t('welfare.support.date'))
    .requiredOption('--amount <n>', t('welfare.support.amount'))
    .addOption(new Option('--account <account>', t('welfare.support.account')).choices(['cash', 'bank']))
    .option('--decision <text>', t('welfare.support.decision'))
    .option('--note <text>', t('welfare.support.note'))
    .action(
      action({
        input: (_ctx, o: SupportOpts) => ({ ...o, amountValue: parseAmount(o.amount) }),
        run: async (r, o) => {
          const m = await memberByIdNumber(r, o.member);
          return r.call('welfare.addSupport', {
            memberId: m.id,
            kind: o.kind,
            date: o.date,
            amount: o.amountValue,
            account: o.account ?? 'cash',
            ...(o.decision ? { decision: o.decision } : {}),
            ...(o.note ? { note: o.note } : {}),
          });
        },
        json: (s) => ({ id: s.id, voucher: { id: s.voucher.id, code: s.voucher.code } }),
        show: (s) => t('welfare.support.done', { amount: vnd(s.amount), name: s.memberName, code: s.voucher.code }),
      }),
    );

  welfare
    .command('history')
    .description(t('welfare.history.description'))
    .requiredOption('--member <idNumber>', t('welfare.opt.member'))
    .action(
      action({
        input: (_ctx, o: { member: string }) => o,
        run: async (r, o) => {
          const memberId = (await memberByIdNumber(r, o.member)).id;
          const [support, dues] = [
            await r.call('welfare.supports', { memberId }),
            await r.call('dues.history', { memberId }),
          ];
          return {
            support: support.items.map((s) => ({
              date: s.date,
              kind: s.kind,
              amount: s.amount,
              voucher: s.voucher.code,
              cancelled: s.cancelled,
            })),
            dues: dues.months.map(({ month, due, paid }) => ({ month, due, paid })),
          };
        },
        show: (h) =>
          [
            `${t('welfare.history.support')}:`,
            h.support.length === 0
              ? t('welfare.history.none')
              : table(
                  [t('welfare.col.date'), t('welfare.col.kind'), t('welfare.col.amount'), t('welfare.col.voucher')],
                  h.support.map((s) => [
                    formatDateVi(s.date),
                    s.kind,
                    vnd(s.amount),
                    s.cancelled ? `${s.voucher} ${t('welfare.cancelled')}` : s.voucher,
                  ]),
                ),
            `${t('welfare.history.dues')}:`,
            h.dues.length === 0
              ? t('welfare.history.none')
              : table(
                  [t('welfare.col.month'), t('welfare.col.due'), t('welfare.col.paid')],
                  h.dues.map((d) => [monthVi(d.month), vnd(d.due), vnd(d.paid)]),
                ),
          ].join('\n'),
      }),
    );
}

/**
 * The issue wants exit 4 for a registration beyond capacity: the core's CONFLICT (the UI's "full") leaves the CLI as
 * a rejected input, like VALIDATION, rather than the generic failure CONFLICT otherwise exits with.
 */
async function rejectingConflict<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof CliError && err.code === 'CONFLICT')
      throw new CliError(err.code, err.message, err.details, EXIT.REJECTED);
    throw err;
  }
}

function registerRegistrations(welfare: Command): void {
  for (const [name, command] of [
    ['register', 'welfare.register'],
    ['unregister', 'welfare.unregister'],
  ] as const)
    welfare
      .command(name)
      .description(t(`welfare.${name}.description`))
      .argument('<programmeId>', t('welfare.programme.id'))
      .requiredOption('--member <idNumber>', t('welfare.opt.member'))
      .action(
        action({
          input: (_ctx, programmeId: string, o: { member: string }) => ({ programmeId, member: o.member }),
          run: async (r, o) => {
            const memberId = (await memberByIdNumber(r, o.member)).id;
            return rejectingConflict(() => r.call(command, { programmeId: o.programmeId, memberId }));
          },
          show: (x) => t('welfare.registered', x),
        }),
      );
}

function registerWelfare(program: Command): void {
  const welfare = program.command('welfare').description(t('welfare.description'));
  registerSupport(welfare);
  registerProgrammes(welfare);
  registerRegistrations(welfare);
}

/** `uniondesk welfare`: its strings and its commands, one entry of faces.ts. */
export const welfareCli = { name: 'welfare', strings: welfareStrings, register: registerWelfare } satisfies CliFace;
