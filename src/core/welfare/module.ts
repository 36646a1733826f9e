/**
 * Welfare: support paid to members (each with its payment voucher, made in the same transaction), programmes with
 * capacity, eligibility and registrations, and the Mẫu 1-HĐCĐ statistics report (src/core/reports).
 */
import { welfareContract } from '../../shared/welfare-contract';
import { defineModule, withModes } from '../module';
import { welfareHandlers } from './handlers';

export const welfareModule = defineModule({
  name: 'welfare',
  contract: welfareContract,
  commands: withModes(welfareHandlers, {
    'welfare.addSupport': 'write',
    'welfare.supports': 'read',
    'welfare.programmes': 'read',
    'welfare.addProgramme': 'write',
    'welfare.register': 'write',
    'welfare.unregister': 'write',
    'welfare.programme': 'read',
    'welfare.programmeFile': 'read',
    'reports.hdcd': 'read',
    'reports.hdcdFile': 'read',
  }),
  tables: {
    welfare_support: 'sync',
    welfare_programmes: 'sync',
    welfare_registrations: 'sync',
  },
});
