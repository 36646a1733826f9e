/** Campaigns: a snapshot of content and audience, the per-recipient outbox, and the sending job. */
import { campaignsContract } from '../../shared/campaigns-contract';
import * as m013 from '../db/migrations/013-campaigns';
import { defineModule, withModes } from '../module';
import { campaignHandlers } from './handlers';
import { campaignHooks, campaignSendJob } from './job';

export const campaignsModule = defineModule({
  name: 'campaigns',
  contract: campaignsContract,
  migrations: [{ version: 13, name: 'campaigns', up: m013.up }],
  // This PC's sending state: a synced outbox could be sent twice from two computers.
  tables: { campaigns: 'local', campaign_recipients: 'local' },
  commands: withModes(campaignHandlers, {
    'campaigns.create': 'write',
    'campaigns.get': 'read',
    'campaigns.list': 'read',
    'campaigns.send': 'job',
    'campaigns.pause': 'write',
    'campaigns.cancel': 'write',
    'campaigns.resendUncertain': 'write',
    'campaigns.recipients': 'read',
    'campaigns.report': 'read',
    'campaigns.archive': 'read',
  }),
  jobKinds: [campaignSendJob],
  onUnlock(ctx) {
    campaignHooks.emit = (c) => ctx.emit('campaign.progress', c);
    campaignHooks.jobs = ctx.jobs;
  },
});
