/** Campaigns: a snapshot of content and audience, the per-recipient outbox, and the sending job. */
import { campaignsContract } from '../../shared/campaigns-contract';
import * as m013 from '../db/migrations/013-campaigns';
import { defineModule } from '../module';
import { placeholders } from '../placeholders';

export const campaignsModule = defineModule({
  name: 'campaigns',
  contract: campaignsContract,
  migrations: [{ version: 13, name: 'campaigns', up: m013.up }],
  commands: {
    ...placeholders([
      'campaigns.create',
      'campaigns.get',
      'campaigns.list',
      'campaigns.send',
      'campaigns.pause',
      'campaigns.cancel',
      'campaigns.resendUncertain',
      'campaigns.recipients',
      'campaigns.report',
      'campaigns.archive',
    ]),
  },
});
