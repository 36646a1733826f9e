/**
 * Union funds: categories mapped to the lines of B14/B07, vouchers and the cash and bank books, openings and year
 * closes, dues posted to the books, the remittance to the upper level, the estimate and final accounts, and paper.
 */
import { fundsContract } from '../../shared/funds-contract';
import * as m016 from '../db/migrations/016-funds';
import { defineModule, withModes } from '../module';
import { attachVoucherFile, getVoucherFile, listVoucherFiles, removeVoucherFile } from './attachments';
import { ensureCategories } from './categories';
import { fundsFileHandlers } from './files/handlers';
import { fundsHandlers } from './handlers';

export const fundsModule = defineModule({
  name: 'funds',
  contract: fundsContract,
  // 016 also creates the welfare tables and the profile's worker count (one release): the welfare module declares
  // its own tables below.
  migrations: [{ version: 16, name: 'funds', up: m016.up }],
  commands: {
    ...withModes(fundsHandlers, {
      'funds.categories': 'read',
      'funds.setCategory': 'write',
      'funds.setOpening': 'write',
      'funds.years': 'read',
      'funds.closeYear': 'write',
      'funds.addVoucher': 'write',
      'funds.cancelVoucher': 'write',
      'funds.voucher': 'read',
      'funds.vouchers': 'read',
      'funds.book': 'read',
      'funds.remitPreview': 'read',
      'funds.remit': 'write',
      'funds.b07': 'read',
      'funds.b14': 'read',
      'funds.setPlan': 'write',
      'funds.summary': 'read',
    }),
    ...fundsFileHandlers,
    'funds.attachFile': { mode: 'write', handler: async (input, ctx) => attachVoucherFile(ctx.session(), input) },
    'funds.voucherFiles': {
      mode: 'read',
      handler: async ({ voucherId }, ctx) => ({ files: await listVoucherFiles(ctx.session().db, voucherId) }),
    },
    'funds.voucherFile': { mode: 'read', handler: async ({ id }, ctx) => getVoucherFile(ctx.session().db, id) },
    'funds.removeFile': { mode: 'write', handler: async ({ id }, ctx) => removeVoucherFile(ctx.session(), id) },
  },
  tables: {
    fund_categories: 'sync',
    fund_years: 'sync',
    fund_vouchers: 'sync',
    fund_plans: 'sync',
    fund_voucher_files: 'sync',
  },
  // The shipped categories, as data with fixed ids (categories.ts).
  onUnlock: (ctx) => ensureCategories(ctx.session()),
});
