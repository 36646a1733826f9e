/**
 * The dues files in and out: the payroll sheets in (salaries, the deduction list sent back), the paper out (the
 * collection sheet, the receipt, the deduction list for the accountant, the year's export) and the reminder letter
 * as a draft in the documents register. Spread into the dues module (module.ts) with their modes.
 */
import { AppError } from '../../../shared/errors';
import { foldVi } from '../../../shared/text/fold';
import type { HandlerMap } from '../../context';
import { deliver, MIME_PDF, MIME_XLSX } from '../../deliver';
import { withModes } from '../../module';
import { applyPayrollPayments, applySalaryRows, monthLedger, yearReport } from '../api';
import { inForce } from '../amount';
import { loadDuesData } from '../data';
import { loadBaseSalaries, loadRules } from '../rules';
import { today } from '../months';
import { collectionSheetPdf } from './collection-sheet';
import { deductionListXlsx } from './deduction-list';
import { paperOrg } from './paper';
import { readPayroll } from './read-payroll';
import { receiptPdf } from './receipt';
import { memberReceipts } from './receipt-data';
import { createReminder } from './reminder';
import { yearExportXlsx } from './year-export';

type Names =
  | 'dues.importSalaries'
  | 'dues.importPayments'
  | 'dues.sheet'
  | 'dues.receipt'
  | 'dues.deductionList'
  | 'dues.export'
  | 'dues.reminder';

/** "thu-doan-phi-2026-07-to-may.pdf": ASCII, as other exported files (some mail and chat apps mangle the rest). */
const slug = (...parts: string[]) =>
  foldVi(parts.join(' '))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const byRow = <T extends { row: number }>(list: T[]) => list.sort((a, b) => a.row - b.row);

const handlers: HandlerMap<Names> = {
  'dues.importSalaries': async ({ fileName, base64, fromMonth, dryRun }, ctx) => {
    const s = ctx.session();
    const read = await readPayroll(s.db, fileName, base64, 'salary');
    const { applied, unchanged } = await applySalaryRows(s, fromMonth, read.matched, dryRun === true);
    return { applied, unchanged, rejected: read.rejected };
  },
  'dues.importPayments': async ({ fileName, base64, month, date, dryRun }, ctx) => {
    const s = ctx.session();
    const read = await readPayroll(s.db, fileName, base64, 'payment');
    const r = await applyPayrollPayments(s, month, date ?? today(), read.matched, dryRun === true);
    return {
      applied: r.applied,
      unchanged: r.unchanged,
      total: r.total,
      rejected: byRow([...read.rejected, ...r.rejected]),
    };
  },
  'dues.sheet': async ({ month, unitId }, ctx) => {
    const db = ctx.session().db;
    const unit = (await db('units').whereNull('deleted_at').where({ id: unitId }).first('name')) as
      { name: string } | undefined;
    if (!unit) throw new AppError('NOT_FOUND', 'Không tìm thấy tổ công đoàn.', { unitId });
    const date = today();
    const ledger = await monthLedger(db, month, unitId);
    const [rules, bases] = await Promise.all([loadRules(db), loadBaseSalaries(db)]);
    const terms = { rule: inForce(rules, `${month}-01`), base: inForce(bases, `${month}-01`)?.amount ?? null };
    const pdf = await collectionSheetPdf({
      terms,
      org: await paperOrg(db, date),
      month,
      unit: unit.name,
      rows: ledger.rows,
      date,
    });
    return deliver(`${slug('thu doan phi', month, unit.name)}.pdf`, MIME_PDF, pdf);
  },
  'dues.receipt': async ({ memberId, month }, ctx) => {
    const db = ctx.session().db;
    const receipts = await memberReceipts(db, memberId, month);
    const pdf = await receiptPdf(await paperOrg(db, receipts[0].paidOn), receipts);
    return deliver(`${slug('phieu thu', receipts[0].receiptNumber)}.pdf`, MIME_PDF, pdf);
  },
  'dues.deductionList': async ({ month }, ctx) => {
    const db = ctx.session().db;
    const ledger = await monthLedger(db, month);
    const ids = ledger.rows.filter((r) => r.owing > 0).map((r) => r.memberId);
    const codes = new Map<string, string | null>();
    for (let i = 0; i < ids.length; i += 500) {
      const rows = (await db('members')
        .whereIn('id', ids.slice(i, i + 500))
        .select('id', 'employee_code')) as { id: string; employee_code: string | null }[];
      for (const r of rows) codes.set(r.id, r.employee_code);
    }
    const data = await deductionListXlsx({
      org: await paperOrg(db, today()),
      month,
      rows: ledger.rows.map((r) => ({ ...r, employeeCode: codes.get(r.memberId) ?? null })),
      generatedAt: new Date(),
    });
    return deliver(`${slug('tru doan phi qua luong', month)}.xlsx`, MIME_XLSX, data);
  },
  'dues.export': async ({ year }, ctx) => {
    const db = ctx.session().db;
    const report = await yearReport(db, year);
    const members = await loadDuesData(db); // read once for the twelve ledgers
    const ledgers = [];
    for (const m of report.months) ledgers.push(await monthLedger(db, m.month, undefined, members));
    const data = await yearExportXlsx({
      org: await paperOrg(db, today()),
      year,
      ledgers,
      report,
      generatedAt: new Date(),
    });
    return deliver(`doan-phi-${year}.xlsx`, MIME_XLSX, data);
  },
  'dues.reminder': async ({ memberId, asOf }, ctx) => createReminder(ctx.session(), memberId, asOf),
};

export const duesFileHandlers = withModes(handlers, {
  'dues.importSalaries': 'write',
  'dues.importPayments': 'write',
  'dues.sheet': 'read',
  'dues.receipt': 'read',
  'dues.deductionList': 'read',
  'dues.export': 'read',
  'dues.reminder': 'write',
});
