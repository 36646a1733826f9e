/**
 * Dues (đoàn phí): rules and base salaries with effective dates, salaries and exemptions, the monthly ledger,
 * payments with one allocation rule, arrears, each member's contribution history, reports and paper.
 */
import { duesContract } from '../../shared/dues-contract';
import * as m015 from '../db/migrations/015-dues';
import { defineModule } from '../module';
import { placeholders } from '../placeholders';

export const duesModule = defineModule({
  name: 'dues',
  contract: duesContract,
  migrations: [{ version: 15, name: 'dues', up: m015.up }],
  commands: placeholders(Object.keys(duesContract.commands) as (keyof typeof duesContract.commands)[]),
  tables: {
    dues_rules: 'sync',
    dues_base_salaries: 'sync',
    member_salaries: 'sync',
    dues_exemptions: 'sync',
    dues_months: 'sync',
    dues_lines: 'sync',
    dues_payments: 'sync',
  },
});
