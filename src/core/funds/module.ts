/**
 * Union funds: categories mapped to the lines of B14/B07, vouchers and the cash and bank books, openings and year
 * closes, dues posted to the books, the remittance to the upper level, the estimate and final accounts, and paper.
 */
import { fundsContract } from '../../shared/funds-contract';
import * as m016 from '../db/migrations/016-funds';
import { defineModule } from '../module';
import { placeholders } from '../placeholders';
import { ensureCategories } from './categories';

export const fundsModule = defineModule({
  name: 'funds',
  contract: fundsContract,
  // 016 also creates the welfare tables and the profile's worker count (one release): the welfare module declares
  // its own tables below.
  migrations: [{ version: 16, name: 'funds', up: m016.up }],
  commands: placeholders(Object.keys(fundsContract.commands) as (keyof typeof fundsContract.commands)[]),
  tables: {
    fund_categories: 'sync',
    fund_years: 'sync',
    fund_vouchers: 'sync',
    fund_plans: 'sync',
  },
  // The shipped categories, as data with fixed ids (categories.ts).
  onUnlock: (ctx) => ensureCategories(ctx.session()),
});
