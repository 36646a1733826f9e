/**
 * `uniondesk dues …`: rules and base salaries, exemptions, a month's dues and ledger, closing. Payments and
 * arrears: dues-pay.ts; the files in and out: dues-files.ts. JSON shapes are the (used by checks).
 */
import type { Command } from 'commander';
import { Option } from 'commander';
import { foldVi } from '../../shared/text/fold';
import { formatVnd } from '../../shared/text/money';
import { table } from '../format';
import { t } from '../i18n';
import { action } from '../session';
import type { CliFace } from '../face';
import { registerDuesFiles } from './dues-files';
import { registerDuesPay } from './dues-pay';
import { memberByIdNumber, parseAmount, unitScope } from './dues-refs';
import { duesStrings } from './dues-strings';

const vnd = (n: number) => formatVnd(n, { short: true });
const monthVi = (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`;

interface Impact {
  changedMonths: { month: string; totalBefore: number; totalAfter: number }[];
  closedMonths: string[];
  saved: boolean;
}

function impactText(i: Impact): string {
  const lines = i.changedMonths.map((c) =>
    t('dues.impact.changed', { month: monthVi(c.month), before: vnd(c.totalBefore), after: vnd(c.totalAfter) }),
  );
  if (i.closedMonths.length) lines.push(t('dues.impact.closed', { months: i.closedMonths.map(monthVi).join(', ') }));
  lines.push(t(i.saved ? 'dues.saved' : 'dues.notSaved'));
  return lines.join('\n');
}

/** The reason as typed → the contract's kind; the words stay as the note. */
function exemptReason(text: string): 'sickness' | 'maternity' | 'unpaidLeave' | 'unemployment' | 'other' {
  const f = foldVi(text);
  if (/sickness|om dau|\bom\b|benh/.test(f)) return 'sickness';
  if (/maternity|thai san|sinh con/.test(f)) return 'maternity';
  if (/unpaid|khong luong/.test(f)) return 'unpaidLeave';
  if (/unemploy|that nghiep|mat viec/.test(f)) return 'unemployment';
  return 'other';
}

function registerRules(dues: Command): void {
  dues
    .command('rules')
    .description(t('dues.rules.description'))
    .action(
      action({
        run: ({ call }) => call('dues.rules', {}),
        json: (r) => ({
          rules: r.rules.map(({ from, rate, capBaseMultiple, fixedAmount, rounding }) => ({
            from,
            rate,
            capBaseMultiple,
            fixedAmount,
            rounding,
          })),
          baseSalaries: r.baseSalaries.map(({ from, amount }) => ({ from, amount })),
        }),
        show: (r) =>
          [
            table(
              ['Từ ngày', '%', 'Trần', 'Làm tròn'],
              r.rules.map((x) => [x.from, String(x.rate), String(x.capBaseMultiple), String(x.rounding)]),
            ),
            table(
              ['Từ ngày', 'Lương cơ sở'],
              r.baseSalaries.map((b) => [b.from, vnd(b.amount)]),
            ),
          ].join('\n\n'),
      }),
    );
  dues
    .command('rule')
    .description(t('dues.rule.description'))
    .requiredOption('--from <date>', t('dues.rule.from'))
    .requiredOption('--rate <percent>', t('dues.rule.rate'))
    .addOption(new Option('--rounding <n>', t('dues.rule.rounding')).choices(['1', '100', '1000']))
    .option('--dry-run', t('dues.opt.dryRun'))
    .action(
      action({
        input: (_ctx, o: { from: string; rate: string; rounding?: string; dryRun?: boolean }) => ({
          from: o.from,
          rate: Number(o.rate.replace(',', '.')),
          ...(o.rounding ? { rounding: Number(o.rounding) as 1 | 100 | 1000 } : {}),
          dryRun: o.dryRun === true,
        }),
        run: ({ call }, input) => call('dues.setRule', input),
        show: impactText,
      }),
    );
  dues
    .command('base-salary')
    .description(t('dues.baseSalary.description'))
    .requiredOption('--from <date>', t('dues.rule.from'))
    .requiredOption('--amount <n>', t('dues.baseSalary.amount'))
    .option('--dry-run', t('dues.opt.dryRun'))
    .action(
      action({
        input: (_ctx, o: { from: string; amount: string; dryRun?: boolean }) => ({
          from: o.from,
          amount: parseAmount(o.amount),
          dryRun: o.dryRun === true,
        }),
        run: ({ call }, input) => call('dues.setBaseSalary', input),
        show: impactText,
      }),
    );
}

function registerMonth(dues: Command): void {
  dues
    .command('exempt')
    .description(t('dues.exempt.description'))
    .argument('<idNumber>', t('dues.exempt.member'))
    .requiredOption('--from <month>', t('dues.exempt.from'))
    .requiredOption('--to <month>', t('dues.exempt.to'))
    .requiredOption('--reason <text>', t('dues.exempt.reason'))
    .action(
      action({
        input: (_ctx, idNumber: string, o: { from: string; to: string; reason: string }) => ({ idNumber, ...o }),
        run: async (r, i) => {
          const m = await memberByIdNumber(r, i.idNumber);
          const reason = i.reason.normalize('NFC').trim();
          const e = await r.call('dues.setExemption', {
            memberId: m.id,
            fromMonth: i.from,
            toMonth: i.to,
            reason: exemptReason(reason),
            note: reason,
          });
          return { ...e, fullName: m.fullName };
        },
        show: (e) => t('dues.exempt.done', { from: monthVi(e.fromMonth), to: monthVi(e.toMonth), name: e.fullName }),
      }),
    );
  dues
    .command('compute')
    .description(t('dues.compute.description'))
    .requiredOption('--month <month>', t('dues.opt.month'))
    .option('--unit <name>', t('dues.opt.unit'))
    .action(
      action({
        input: (_ctx, o: { month: string; unit?: string }) => o,
        run: async (r, o) => r.call('dues.compute', { month: o.month, ...(await unitScope(r, o.unit)) }),
        json: (c) => ({
          month: c.month,
          total: c.total,
          members: c.members.map(({ idNumber, fullName, basis, due, exempt }) => ({
            idNumber,
            fullName,
            basis,
            due,
            exempt,
          })),
        }),
        show: (c) =>
          table(
            [t('dues.col.member'), t('dues.col.basis'), t('dues.col.due')],
            c.members.map((l) => [
              l.fullName,
              l.basis === null ? '' : vnd(l.basis),
              l.exempt ? t('dues.exempt') : vnd(l.due),
            ]),
          ) + `\n${t('dues.total', { total: vnd(c.total) })}`,
      }),
    );
  dues
    .command('close')
    .description(t('dues.close.description'))
    .requiredOption('--month <month>', t('dues.opt.month'))
    .action(
      action({
        input: (_ctx, o: { month: string }) => o,
        run: (r, o) => r.call('dues.close', { month: o.month }),
        show: (c) => t('dues.closed', { month: monthVi(c.month), total: vnd(c.total) }),
      }),
    );
  dues
    .command('ledger')
    .description(t('dues.ledger.description'))
    .requiredOption('--month <month>', t('dues.opt.month'))
    .option('--unit <name>', t('dues.opt.unit'))
    .action(
      action({
        input: (_ctx, o: { month: string; unit?: string }) => o,
        run: async (r, o) => r.call('dues.ledger', { month: o.month, ...(await unitScope(r, o.unit)) }),
        show: (l) =>
          table(
            [t('dues.col.member'), t('dues.col.due'), t('dues.col.paid'), t('dues.col.owing')],
            l.rows.map((x) => [x.fullName, vnd(x.due), vnd(x.paid), vnd(x.owing)]),
          ) +
          '\n' +
          t('dues.ledger.totals', {
            due: vnd(l.totals.due),
            collected: vnd(l.totals.collected),
            rate: l.totals.rate === null ? '—' : `${String(l.totals.rate).replace('.', ',')}%`,
          }),
      }),
    );
}

function registerDues(program: Command): void {
  const dues = program.command('dues').description(t('dues.description'));
  registerRules(dues);
  registerMonth(dues);
  registerDuesPay(dues);
  registerDuesFiles(dues);
}

/** `uniondesk dues`: its strings and its commands, one entry of faces.ts. */
export const duesCli = { name: 'dues', strings: duesStrings, register: registerDues } satisfies CliFace;
