/** The organisation profile (its tables come with the foundation migration, see app/module.ts). */
import { orgContract } from '../../shared/org-contract';
import { defineModule, withModes } from '../module';
import { orgHandlers } from './handlers';

export const orgModule = defineModule({
  name: 'org',
  contract: orgContract,
  commands: withModes(orgHandlers, { 'org.get': 'read', 'org.update': 'write' }),
});
