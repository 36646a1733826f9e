/**
 * Dues (đoàn phí): rules and base salaries with effective dates, salaries and exemptions, the monthly ledger,
 * payments with one allocation rule, arrears, each member's contribution history, reports and paper.
 */
import { duesContract } from '../../shared/dues-contract';
import * as m015 from '../db/migrations/015-dues';
import * as m017 from '../db/migrations/017-dues-frozen-months';
import { defineModule, withModes } from '../module';
import { duesFileHandlers } from './files/handlers';
import { duesHandlers } from './handlers';
import { duesSourcesChanged } from './data';
import { ensureDefaults } from './rules';

export const duesModule = defineModule({
  name: 'dues',
  contract: duesContract,
  migrations: [
    { version: 15, name: 'dues', up: m015.up },
    { version: 17, name: 'dues-frozen-months', up: m017.up, nonAdditive: m017.nonAdditive },
  ],
  commands: {
    ...withModes(duesHandlers, {
      'dues.rules': 'read',
      'dues.setRule': 'write',
      'dues.deleteRule': 'write',
      'dues.setBaseSalary': 'write',
      'dues.salaries': 'read',
      'dues.setSalary': 'write',
      'dues.deleteSalary': 'write',
      'dues.exemptions': 'read',
      'dues.setExemption': 'write',
      'dues.deleteExemption': 'write',
      'dues.compute': 'read',
      'dues.ledger': 'read',
      'dues.months': 'read',
      'dues.close': 'write',
      'dues.pay': 'write',
      'dues.payments': 'read',
      'dues.cancelPayment': 'write',
      'dues.adjust': 'write',
      'dues.arrears': 'read',
      'dues.history': 'read',
      'dues.report': 'read',
    }),
    ...duesFileHandlers,
  },
  tables: {
    dues_rules: 'sync',
    dues_base_salaries: 'sync',
    member_salaries: 'sync',
    dues_exemptions: 'sync',
    dues_months: 'sync',
    dues_payments: 'sync',
  },
  // The shipped rules and base salary, as data with fixed ids (rules.ts).
  onUnlock: (ctx) => ensureDefaults(ctx.session()),
  // The cached register of read commands (data.ts) is dropped when what dues derive from changes.
  onChange: (change, ctx) => duesSourcesChanged(ctx.session(), change.tables.keys()),
});
