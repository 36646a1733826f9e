/** The funds commands of the core (the paper: files/handlers.ts). */
import type { HandlerMap } from '../context';
import { accountBook, getVoucher, listVouchers } from './book';
import { listCategories, setCategory } from './categories';
import { addVoucher, cancelVoucher } from './manual';
import { remit, remitPreview } from './remit';
import { b07, b14, setPlan, summary } from './reports';
import { closeYear, listYears, setOpening } from './years';

export type FundsCoreNames =
  | 'funds.categories'
  | 'funds.setCategory'
  | 'funds.setOpening'
  | 'funds.years'
  | 'funds.closeYear'
  | 'funds.addVoucher'
  | 'funds.cancelVoucher'
  | 'funds.voucher'
  | 'funds.vouchers'
  | 'funds.book'
  | 'funds.remitPreview'
  | 'funds.remit'
  | 'funds.b07'
  | 'funds.b14'
  | 'funds.setPlan'
  | 'funds.summary';

export const fundsHandlers: HandlerMap<FundsCoreNames> = {
  'funds.categories': async (_input, ctx) => ({ categories: await listCategories(ctx.session().db) }),
  'funds.setCategory': async (input, ctx) => setCategory(ctx.session(), input),
  'funds.setOpening': async (input, ctx) => setOpening(ctx.session(), input),
  'funds.years': async (_input, ctx) => ({ years: await listYears(ctx.session().db) }),
  'funds.closeYear': async ({ year }, ctx) => closeYear(ctx.session(), year),
  'funds.addVoucher': async (input, ctx) => addVoucher(ctx.session(), input),
  'funds.cancelVoucher': async ({ id, reason }, ctx) => cancelVoucher(ctx.session(), id, reason),
  'funds.voucher': async ({ id }, ctx) => getVoucher(ctx.session().db, id),
  'funds.vouchers': async (input, ctx) => listVouchers(ctx.session().db, input),
  'funds.book': async ({ account, from, to }, ctx) => accountBook(ctx.session().db, account, from, to),
  'funds.remitPreview': async ({ from, to }, ctx) => remitPreview(ctx.session().db, from, to),
  'funds.remit': async (input, ctx) => remit(ctx.session(), input),
  'funds.b07': async ({ year }, ctx) => b07(ctx.session().db, year),
  'funds.b14': async ({ year }, ctx) => b14(ctx.session().db, year),
  'funds.setPlan': async (input, ctx) => setPlan(ctx.session(), input),
  'funds.summary': async ({ year, asOf }, ctx) => summary(ctx.session().db, year, asOf),
};
