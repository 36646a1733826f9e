/**
 * `uniondesk funds …`: categories, the opening, year close, the remittance, the books, B07/B14 and the plan.
 * Vouchers: funds-voucher.ts. JSON shapes are the (used by checks).
 */
import type { Command } from 'commander';
import { Option } from 'commander';
import { formatVnd } from '../../shared/text/money';
import { formatSize, table } from '../format';
import { forceOption, outputFile, saveDelivered } from '../files';
import { CliError } from '../io';
import { t } from '../i18n';
import { action } from '../session';
import type { CliFace } from '../face';
import { parseAmount, parseYear } from './dues-refs';
import { registerFundsCategory } from './funds-category';
import { fundsStrings } from './funds-strings';
import { registerFundsVoucher } from './funds-voucher';

const vnd = (n: number) => formatVnd(n, { short: true });
const accountOption = () =>
  new Option('--account <account>', t('funds.opt.account')).choices(['cash', 'bank']).makeOptionMandatory();
const written = (w: { path: string; bytes: number }) => t('funds.written', { path: w.path, size: formatSize(w.bytes) });

/** `--out FILE.pdf|FILE.xlsx`: the format from the name. */
function formatOf(file: string): 'pdf' | 'xlsx' {
  const m = /\.(pdf|xlsx)$/i.exec(file);
  if (!m) throw new CliError('VALIDATION', t('funds.err.out', { file }), { file });
  return m[1].toLowerCase() as 'pdf' | 'xlsx';
}

function registerYears(funds: Command): void {
  funds
    .command('categories')
    .description(t('funds.categories.description'))
    .action(
      action({
        run: ({ call }) => call('funds.categories', {}),
        json: (r) => ({ categories: r.categories.map(({ code, name, kind, line }) => ({ code, name, kind, line })) }),
        show: (r) =>
          table(
            ['Mã', t('funds.col.name'), t('funds.col.line')],
            r.categories.map((c) => [c.code, c.name, c.line]),
          ),
      }),
    );
  funds
    .command('opening')
    .description(t('funds.opening.description'))
    .addOption(accountOption())
    .requiredOption('--year <year>', t('funds.opt.year'))
    .requiredOption('--amount <n>', t('funds.opt.amount'))
    .action(
      action({
        input: (_ctx, o: { account: 'cash' | 'bank'; year: string; amount: string }) => ({
          account: o.account,
          year: parseYear(o.year),
          amount: parseAmount(o.amount),
        }),
        run: (r, i) => r.call('funds.setOpening', i),
        show: (o) => t('funds.opening.done', { account: o.account, year: o.year, amount: vnd(o.amount) }),
      }),
    );
  funds
    .command('close')
    .description(t('funds.close.description'))
    .requiredOption('--year <year>', t('funds.opt.year'))
    .action(
      action({
        input: (_ctx, o: { year: string }) => parseYear(o.year),
        run: (r, year) => r.call('funds.closeYear', { year }),
        show: (y) => t('funds.close.done', { year: y.year, cash: vnd(y.cashClosing), bank: vnd(y.bankClosing) }),
      }),
    );
  funds
    .command('remit')
    .description(t('funds.remit.description'))
    .requiredOption('--from <date>', t('funds.opt.from'))
    .requiredOption('--to <date>', t('funds.opt.to'))
    .addOption(accountOption())
    .requiredOption('--date <date>', t('funds.opt.date'))
    .action(
      action({
        input: (_ctx, o: { from: string; to: string; account: 'cash' | 'bank'; date: string }) => o,
        run: (r, i) => r.call('funds.remit', i),
        json: ({ id, code, amount }) => ({ id, code, amount }),
        show: (x) => t('funds.remit.done', { code: x.code, amount: vnd(x.amount) }),
      }),
    );
}

function registerReports(funds: Command): void {
  funds
    .command('book')
    .description(t('funds.book.description'))
    .addOption(accountOption())
    .requiredOption('--from <date>', t('funds.opt.from'))
    .requiredOption('--to <date>', t('funds.opt.to'))
    .option('--out <file>', t('funds.opt.out'))
    .addOption(forceOption())
    .action(
      action({
        input: (_ctx, o: { account: 'cash' | 'bank'; from: string; to: string; out?: string; force?: boolean }) => ({
          q: { account: o.account, from: o.from, to: o.to },
          out: o.out ? { file: outputFile(o.out, o.force), format: formatOf(o.out) } : null,
        }),
        run: async (r, i) => {
          const book = await r.call('funds.book', i.q);
          const saved = i.out
            ? saveDelivered(i.out.file, await r.call('funds.bookFile', { ...i.q, format: i.out.format }))
            : null;
          return { book, saved };
        },
        json: ({ book: b }) => ({
          opening: b.opening,
          receipts: b.receipts,
          payments: b.payments,
          closing: b.closing,
          entries: b.entries.map(({ id, date, code, category, description, receipt, payment, balance, cancelled }) => ({
            id,
            date,
            code,
            category,
            description,
            receipt,
            payment,
            balance,
            cancelled,
          })),
        }),
        show: ({ book: b, saved }) =>
          [
            table(
              [
                t('funds.col.date'),
                t('funds.col.code'),
                t('funds.col.text'),
                t('funds.col.in'),
                t('funds.col.out'),
                t('funds.col.balance'),
              ],
              b.entries.map((e) => [
                e.date,
                e.code,
                e.cancelled ? `${e.description} ${t('funds.cancelledMark')}` : e.description,
                e.receipt ? vnd(e.receipt) : '',
                e.payment ? vnd(e.payment) : '',
                vnd(e.balance),
              ]),
            ),
            t('funds.book.totals', {
              opening: vnd(b.opening),
              receipts: vnd(b.receipts),
              payments: vnd(b.payments),
              closing: vnd(b.closing),
            }),
            ...(saved ? [written(saved)] : []),
          ].join('\n'),
      }),
    );
  for (const form of ['b07', 'b14'] as const)
    funds
      .command(form)
      .description(t(`funds.${form}.description`))
      .requiredOption('--year <year>', t('funds.opt.year'))
      .option('--out <file>', t('funds.opt.out'))
      .addOption(forceOption())
      .action(
        action({
          input: (_ctx, o: { year: string; out?: string; force?: boolean }) => ({
            year: parseYear(o.year),
            out: o.out ? { file: outputFile(o.out, o.force), format: formatOf(o.out) } : null,
          }),
          run: async (r, i) => {
            const report =
              form === 'b07'
                ? await r.call('funds.b07', { year: i.year })
                : await r.call('funds.b14', { year: i.year });
            const file = i.out
              ? await r.call(form === 'b07' ? 'funds.b07File' : 'funds.b14File', { year: i.year, format: i.out.format })
              : null;
            return { report, saved: i.out && file ? saveDelivered(i.out.file, file) : null };
          },
          json: ({ report }) =>
            'opening' in report
              ? {
                  year: report.year,
                  opening: report.opening,
                  closing: report.closing,
                  lines: report.lines.map(({ line, name, amount }) => ({ line, name, amount })),
                  revenue: report.revenue,
                  spending: report.spending,
                }
              : report,
          show: ({ report, saved }) =>
            [
              'opening' in report
                ? table(
                    [t('funds.col.line'), t('funds.col.name'), t('funds.col.amount')],
                    report.lines.map((l) => [l.line, l.name, vnd(l.amount)]),
                  )
                : table(
                    [t('funds.col.line'), t('funds.col.name'), String(report.year - 1), String(report.year)],
                    report.lines.map((l) => [l.line, l.name, vnd(l.lastYearActual), vnd(l.planned)]),
                  ),
              ...(saved ? [written(saved)] : []),
            ].join('\n'),
        }),
      );
  funds
    .command('plan')
    .description(t('funds.plan.description'))
    .requiredOption('--year <year>', t('funds.opt.year'))
    .requiredOption('--line <line>', t('funds.plan.line'))
    .requiredOption('--amount <n>', t('funds.opt.amount'))
    .action(
      action({
        input: (_ctx, o: { year: string; line: string; amount: string }) => ({
          year: parseYear(o.year),
          line: o.line.trim(),
          amount: parseAmount(o.amount),
        }),
        run: (r, i) => r.call('funds.setPlan', i),
        show: (p) => t('funds.plan.done', { year: p.year, line: p.line, amount: vnd(p.amount) }),
      }),
    );
}

function registerFunds(program: Command): void {
  const funds = program.command('funds').description(t('funds.description'));
  registerYears(funds);
  registerFundsCategory(funds);
  registerFundsVoucher(funds);
  registerReports(funds);
}

/** `uniondesk funds`: its strings and its commands, one entry of faces.ts. */
export const fundsCli = { name: 'funds', strings: fundsStrings, register: registerFunds } satisfies CliFace;
