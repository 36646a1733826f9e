/** The dues commands of the core (all but the files in and out: files/handlers.ts). */
import type { HandlerMap } from '../context';
import { arrearsAsOf } from './arrears';
import { closeMonth, listMonths } from './close';
import { adjust, cancelPayment } from './corrections';
import { deleteExemption, listExemptions, setExemption } from './exemptions';
import { memberHistory } from './history';
import { cachedDuesData } from './data';
import { computeMonth, monthLedger } from './ledger';
import { pay } from './pay';
import { listPayments } from './payments';
import { yearReport } from './report';
import { baseOut, ruleOut } from './rules';
import { deleteRule, listRules, setBaseSalary, setRule } from './rules-edit';
import { deleteSalary, listSalaries, setSalary } from './salaries';

export type DuesCoreNames =
  | 'dues.rules'
  | 'dues.setRule'
  | 'dues.deleteRule'
  | 'dues.setBaseSalary'
  | 'dues.salaries'
  | 'dues.setSalary'
  | 'dues.deleteSalary'
  | 'dues.exemptions'
  | 'dues.setExemption'
  | 'dues.deleteExemption'
  | 'dues.compute'
  | 'dues.ledger'
  | 'dues.months'
  | 'dues.close'
  | 'dues.pay'
  | 'dues.payments'
  | 'dues.cancelPayment'
  | 'dues.adjust'
  | 'dues.arrears'
  | 'dues.history'
  | 'dues.report';

export const duesHandlers: HandlerMap<DuesCoreNames> = {
  'dues.rules': async (_input, ctx) => {
    const { rules, bases } = await listRules(ctx.session().db);
    return { rules: rules.map(ruleOut), baseSalaries: bases.map(baseOut) };
  },
  'dues.setRule': async (input, ctx) => setRule(ctx.session(), input),
  'dues.deleteRule': async ({ id, dryRun }, ctx) => deleteRule(ctx.session(), id, dryRun === true),
  'dues.setBaseSalary': async (input, ctx) => setBaseSalary(ctx.session(), input),
  'dues.salaries': async ({ memberId }, ctx) => ({ items: await listSalaries(ctx.session().db, memberId) }),
  'dues.setSalary': async (input, ctx) => setSalary(ctx.session(), input),
  'dues.deleteSalary': async ({ id }, ctx) => deleteSalary(ctx.session(), id),
  'dues.exemptions': async ({ memberId }, ctx) => ({ items: await listExemptions(ctx.session().db, memberId) }),
  'dues.setExemption': async (input, ctx) => setExemption(ctx.session(), input),
  'dues.deleteExemption': async ({ id }, ctx) => deleteExemption(ctx.session(), id),
  'dues.compute': async ({ month, unitId }, ctx) =>
    computeMonth(ctx.session().db, month, unitId, await cachedDuesData(ctx.session())),
  'dues.ledger': async ({ month, unitId }, ctx) =>
    monthLedger(ctx.session().db, month, unitId, await cachedDuesData(ctx.session())),
  'dues.months': async ({ year }, ctx) => listMonths(ctx.session().db, year, await cachedDuesData(ctx.session())),
  'dues.close': async ({ month }, ctx) => closeMonth(ctx.session(), month),
  'dues.pay': async (input, ctx) => pay(ctx.session(), input),
  'dues.payments': async (input, ctx) => ({ items: await listPayments(ctx.session().db, input) }),
  'dues.cancelPayment': async ({ id, reason }, ctx) => cancelPayment(ctx.session(), id, reason),
  'dues.adjust': async (input, ctx) => adjust(ctx.session(), input),
  'dues.arrears': async ({ asOf, unitId }, ctx) => ({
    asOf,
    members: await arrearsAsOf(ctx.session().db, asOf, unitId, await cachedDuesData(ctx.session())),
  }),
  'dues.history': async (input, ctx) => memberHistory(ctx.session().db, input),
  'dues.report': async ({ year }, ctx) => yearReport(ctx.session().db, year, await cachedDuesData(ctx.session())),
};
