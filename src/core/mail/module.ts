/** Mail: the union's SMTP account (its password kept in a local table of the encrypted database), verify, test. */
import { mailContract } from '../../shared/mail-contract';
import * as m011 from '../db/migrations/011-mail';
import { defineModule, withModes } from '../module';
import { mailHandlers } from './handlers';

export const mailModule = defineModule({
  name: 'mail',
  contract: mailContract,
  migrations: [{ version: 11, name: 'mail', up: m011.up }],
  // The account and its password stay on this PC: never synced.
  tables: { mail_account: 'local' },
  commands: withModes(mailHandlers, {
    'mail.getConfig': 'read',
    'mail.setConfig': 'write',
    // Network work, no database write: read mode keeps the write queue free while a server answers slowly.
    'mail.verify': 'read',
    'mail.test': 'read',
  }),
});
