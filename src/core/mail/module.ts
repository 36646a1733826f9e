/** Mail: the union's SMTP account (its password kept in a local table of the encrypted database), verify, test. */
import { mailContract } from '../../shared/mail-contract';
import * as m011 from '../db/migrations/011-mail';
import { defineModule } from '../module';
import { placeholders } from '../placeholders';

export const mailModule = defineModule({
  name: 'mail',
  contract: mailContract,
  migrations: [{ version: 11, name: 'mail', up: m011.up }],
  commands: {
    ...placeholders(['mail.getConfig', 'mail.setConfig', 'mail.verify', 'mail.test']),
  },
});
