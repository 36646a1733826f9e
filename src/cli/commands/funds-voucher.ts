/** `uniondesk funds voucher add|cancel|pdf`: vouchers typed by hand, cancelled with a reason, printed. */
import type { Command } from 'commander';
import { Option } from 'commander';
import { formatVnd } from '../../shared/text/money';
import { formatSize } from '../format';
import { forceOption, outputFile, saveDelivered } from '../files';
import { CliError } from '../io';
import { t } from '../i18n';
import { action } from '../session';
import { memberByIdNumber, parseAmount } from './dues-refs';

interface AddOpts {
  type: 'receipt' | 'payment' | 'transfer';
  account: 'cash' | 'bank';
  date: string;
  amount: string;
  category?: string;
  description: string;
  member?: string;
  party?: string;
}

export function registerFundsVoucher(funds: Command): void {
  const voucher = funds.command('voucher').description(t('funds.voucher.description'));
  voucher
    .command('add')
    .description(t('funds.voucher.add.description'))
    .addOption(
      new Option('--type <type>', t('funds.voucher.type'))
        .choices(['receipt', 'payment', 'transfer'])
        .makeOptionMandatory(),
    )
    .addOption(
      new Option('--account <account>', t('funds.opt.account')).choices(['cash', 'bank']).makeOptionMandatory(),
    )
    .requiredOption('--date <date>', t('funds.opt.date'))
    .requiredOption('--amount <n>', t('funds.opt.amount'))
    .option('--category <code>', t('funds.voucher.category'))
    .requiredOption('--description <text>', t('funds.voucher.text'))
    .option('--member <idNumber>', t('funds.voucher.member'))
    .option('--party <name>', t('funds.voucher.party'))
    .action(
      action({
        input: (_ctx, o: AddOpts) => {
          if (o.member !== undefined && o.party !== undefined) throw new CliError('VALIDATION', t('funds.err.who'));
          return { ...o, amountValue: parseAmount(o.amount) };
        },
        run: async (r, o) =>
          r.call('funds.addVoucher', {
            type: o.type,
            account: o.account,
            date: o.date,
            amount: o.amountValue,
            ...(o.category ? { category: o.category } : {}),
            description: o.description.normalize('NFC'),
            ...(o.member ? { memberId: (await memberByIdNumber(r, o.member)).id } : {}),
            ...(o.party ? { party: o.party.normalize('NFC') } : {}),
          }),
        json: (v) => ({ id: v.id, code: v.code }),
        show: (v) => t('funds.voucher.added', { code: v.code, amount: formatVnd(v.amount) }),
      }),
    );
  voucher
    .command('cancel')
    .description(t('funds.voucher.cancel.description'))
    .argument('<id>', t('funds.voucher.id'))
    .requiredOption('--reason <text>', t('funds.voucher.reason'))
    .action(
      action({
        input: (_ctx, id: string, o: { reason: string }) => ({ id, reason: o.reason.normalize('NFC') }),
        run: (r, i) => r.call('funds.cancelVoucher', i),
        json: (v) => ({ id: v.id, code: v.code, cancelled: v.cancelledAt !== null }),
        show: (v) => t('funds.voucher.cancelled', { code: v.code }),
      }),
    );
  voucher
    .command('pdf')
    .description(t('funds.voucher.pdf.description'))
    .argument('<id>', t('funds.voucher.id'))
    .requiredOption('--out <file>', t('funds.opt.out'))
    .addOption(forceOption())
    .action(
      action({
        input: (_ctx, id: string, o: { out: string; force?: boolean }) => ({ id, file: outputFile(o.out, o.force) }),
        run: async (r, i) => saveDelivered(i.file, await r.call('funds.voucherPdf', { id: i.id })),
        show: (w) => t('funds.written', { path: w.path, size: formatSize(w.bytes) }),
      }),
    );
}
