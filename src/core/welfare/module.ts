/**
 * Welfare: support paid to members (each with its payment voucher, made in the same transaction), programmes with
 * capacity, eligibility and registrations, and the Mẫu 1-HĐCĐ statistics report.
 */
import { welfareContract } from '../../shared/welfare-contract';
import { defineModule } from '../module';
import { placeholders } from '../placeholders';

export const welfareModule = defineModule({
  name: 'welfare',
  contract: welfareContract,
  commands: placeholders(Object.keys(welfareContract.commands) as (keyof typeof welfareContract.commands)[]),
  tables: {
    welfare_support: 'sync',
    welfare_programmes: 'sync',
    welfare_registrations: 'sync',
  },
});
