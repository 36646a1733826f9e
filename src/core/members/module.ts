/** The member register: members, units (union groups), their history, import and export. */
import { membersContract } from '../../shared/members-contract';
import * as m002 from '../db/migrations/002-members';
import * as m004 from '../db/migrations/004-register-indexes';
import * as m014 from '../db/migrations/014-member-tags';
import { defineModule, withModes } from '../module';
import { memberHandlers } from './handlers';
import { membersImportJob } from './import-job';
import { memberIndexListener } from './index-feed';

export const membersModule = defineModule({
  name: 'members',
  contract: membersContract,
  commands: withModes(memberHandlers, {
    'members.list': 'read',
    'members.get': 'read',
    'members.add': 'write',
    'members.update': 'write',
    'members.setStatus': 'write',
    'members.delete': 'write',
    'members.tags': 'read',
    'units.list': 'read',
    'units.save': 'write',
    'units.delete': 'write',
    'members.importData': 'job',
    // Reads the file's bytes only (no table): the rows to fix, as .xlsx.
    'members.importProblems': 'read',
    // Every export writes an audit row (sensitive personal data, Decree 13/2023).
    'members.export': 'write',
  }),
  migrations: [
    { version: 2, name: 'members', up: m002.up },
    { version: 4, name: 'register-indexes', up: m004.up },
    { version: 14, name: 'member-tags', up: m014.up },
  ],
  tables: { units: 'sync', members: 'sync', member_positions: 'sync', member_status_events: 'sync' },
  jobKinds: [membersImportJob],
  // The search index follows every committed change; the unlock's "everything changed" builds it at once, so the
  // first search after unlocking is instant.
  onChange: (change, ctx) => memberIndexListener(ctx.session(), change),
});
