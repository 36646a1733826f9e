/** `uniondesk dues pay|arrears|history`: payments by the one allocation rule, arrears with levels, a history. */
import type { Command } from 'commander';
import { Option } from 'commander';
import { formatVnd } from '../../shared/text/money';
import { table } from '../format';
import { CliError } from '../io';
import { t } from '../i18n';
import { action } from '../session';
import { commaList, memberByIdNumber, membersByIdNumber, parseAmount, unitIdByName, unitScope } from './dues-refs';

const vnd = (n: number) => formatVnd(n, { short: true });
const monthVi = (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`;

interface PayOpts {
  month: string;
  all?: boolean;
  unit?: string;
  except?: string;
  member?: string;
  amount?: string;
  method: 'cash' | 'payroll' | 'transfer';
  date?: string;
  collector?: string;
}

export function registerDuesPay(dues: Command): void {
  dues
    .command('pay')
    .description(t('dues.pay.description'))
    .requiredOption('--month <month>', t('dues.opt.month'))
    .option('--all', t('dues.pay.all'))
    .option('--unit <name>', t('dues.opt.unit'))
    .option('--except <idNumbers>', t('dues.pay.except'))
    .option('--member <idNumber>', t('dues.pay.member'))
    .option('--amount <n>', t('dues.pay.amount'))
    .addOption(new Option('--method <method>', t('dues.pay.method')).choices(['cash', 'payroll', 'transfer']))
    .option('--date <date>', t('dues.pay.date'))
    .option('--collector <name>', t('dues.pay.collector'))
    .action(
      action({
        input: (_ctx, o: PayOpts) => {
          if (o.all === (o.member !== undefined) || (o.member !== undefined && o.amount === undefined))
            throw new CliError('VALIDATION', t('dues.err.payWho'));
          return { ...o, amountValue: o.amount === undefined ? undefined : parseAmount(o.amount) };
        },
        run: async (r, o) => {
          const common = {
            month: o.month,
            method: o.method ?? 'cash',
            ...(o.date ? { date: o.date } : {}),
            ...(o.collector ? { collector: o.collector } : {}),
          };
          if (o.all) {
            const except = (await membersByIdNumber(r, commaList(o.except))).map((m) => m.id);
            const unitId = o.unit ? await unitIdByName(r, o.unit) : undefined;
            return r.call('dues.pay', { ...common, all: true, ...(unitId ? { unitId } : {}), except });
          }
          const m = await memberByIdNumber(r, o.member as string);
          return r.call('dues.pay', { ...common, memberId: m.id, amount: o.amountValue });
        },
        show: (p) => {
          const receipts = [...new Set(p.payments.map((x) => x.receiptNumber).filter((x): x is string => !!x))];
          const lines = [t('dues.pay.done', { total: vnd(p.total), members: p.members })];
          if (receipts.length && receipts.length <= 10)
            lines.push(...receipts.map((n) => t('dues.pay.receipt', { number: n })));
          return lines.join('\n');
        },
      }),
    );

  dues
    .command('arrears')
    .description(t('dues.arrears.description'))
    .requiredOption('--as-of <month>', t('dues.arrears.asOf'))
    .option('--unit <name>', t('dues.opt.unit'))
    .action(
      action({
        input: (_ctx, o: { asOf: string; unit?: string }) => o,
        run: async (r, o) => r.call('dues.arrears', { asOf: o.asOf, ...(await unitScope(r, o.unit)) }),
        json: (a) => ({
          members: a.members.map(({ idNumber, fullName, months, level }) => ({ idNumber, fullName, months, level })),
        }),
        show: (a) =>
          a.members.length === 0
            ? t('dues.arrears.none')
            : table(
                [t('dues.col.member'), t('dues.col.months'), t('dues.col.owing'), t('dues.col.level')],
                a.members.map((m) => [m.fullName, String(m.months), vnd(m.amount), m.levelLabel ?? '']),
              ),
      }),
    );

  dues
    .command('history')
    .description(t('dues.history.description'))
    .argument('<idNumber>', t('dues.exempt.member'))
    .action(
      action({
        input: (_ctx, idNumber: string) => idNumber,
        run: async (r, idNumber) => r.call('dues.history', { memberId: (await memberByIdNumber(r, idNumber)).id }),
        show: (h) =>
          table(
            ['Tháng', t('dues.col.due'), t('dues.col.paid'), t('dues.col.owing')],
            h.months.map((m) => [
              monthVi(m.month),
              m.exempt ? t('dues.exempt') : vnd(m.due),
              vnd(m.paid),
              vnd(m.owing),
            ]),
          ),
      }),
    );
}
