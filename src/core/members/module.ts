/** The member register: members, units (union groups), their history, import and export. */
import { membersContract } from '../../shared/members-contract';
import * as m002 from '../db/migrations/002-members';
import * as m004 from '../db/migrations/004-register-indexes';
import { asReader } from '../db/read-scope';
import { defineModule, withModes } from '../module';
import { memberHandlers } from './handlers';
import { memberIndex } from './service';

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
    'units.list': 'read',
    'units.save': 'write',
    'units.delete': 'write',
    'members.importData': 'job',
    // Every export writes an audit row (sensitive personal data, Decree 13/2023).
    'members.export': 'write',
  }),
  migrations: [
    { version: 2, name: 'members', up: m002.up },
    { version: 4, name: 'register-indexes', up: m004.up },
  ],
  tables: { units: 'sync', members: 'sync', member_positions: 'sync', member_status_events: 'sync' },
  onUnlock(ctx) {
    // Warm the register's search index now, on the read connection, so the first search after unlocking is
    // instant and a write that starts meanwhile does not hold the build up.
    const s = ctx.session();
    void asReader(() => memberIndex(s)).catch(() => undefined);
  },
});
