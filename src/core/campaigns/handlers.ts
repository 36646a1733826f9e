import type { HandlerMap } from '../context';
import { noteChange } from '../db/records';
import { AppError } from '../../shared/errors';
import { SEND_JOB_KIND } from './job';
import { liveSender } from './lease';
import { campaignArchive, campaignRecipients, campaignReport } from './report';
import { meetingInvitationSnapshot } from '../meetings/invitation-mail';
import { snapshotFor } from './source';
import { campaignRow, createCampaign, listCampaigns, readCampaign, RECIPIENTS, setCampaign } from './store';

type Names =
  | 'campaigns.create'
  | 'campaigns.get'
  | 'campaigns.list'
  | 'campaigns.send'
  | 'campaigns.pause'
  | 'campaigns.cancel'
  | 'campaigns.resendUncertain'
  | 'campaigns.recipients'
  | 'campaigns.report'
  | 'campaigns.archive';

export const campaignHandlers: HandlerMap<Names> = {
  'campaigns.create': async (input, ctx) => {
    const s = ctx.session();
    if (input.meetingId) {
      const invitations = await meetingInvitationSnapshot(s, input.meetingId);
      return s.db.transaction(async (trx) => createCampaign(s, invitations, trx));
    }
    return s.db.transaction(async (trx) => createCampaign(s, await snapshotFor(s, input, trx), trx));
  },
  'campaigns.get': async ({ id }, ctx) => readCampaign(ctx.session().db, id),
  'campaigns.list': async (_input, ctx) => ({ items: await listCampaigns(ctx.session().db) }),
  'campaigns.send': async (input, ctx) => {
    // Sent already by this process or another one on the same data folder: join that job, never send twice.
    const running = await liveSender(ctx.session().db, input.id);
    if (running) return { jobId: running };
    const row = await campaignRow(ctx.session().db, input.id);
    if (row.state === 'cancelled') throw new AppError('CONFLICT', 'Đợt gửi này đã bị hủy.');
    return { jobId: await ctx.jobs.run(SEND_JOB_KIND, input) };
  },
  // The running job sees the new state at its next step and stops after the messages already handed over.
  'campaigns.pause': async ({ id }, ctx) => {
    const s = ctx.session();
    const row = await campaignRow(s.db, id);
    if (row.state === 'ready' || row.state === 'sending') {
      await setCampaign(s.db, s, id, { state: 'paused', pause_reason: 'user', pause_message: 'Đã tạm dừng.' });
    }
    return readCampaign(s.db, id);
  },
  'campaigns.cancel': async ({ id }, ctx) => {
    const s = ctx.session();
    const row = await campaignRow(s.db, id);
    if (row.state === 'finished') throw new AppError('CONFLICT', 'Đợt gửi đã xong, không hủy được.');
    await setCampaign(s.db, s, id, { state: 'cancelled', pause_reason: null, pause_message: null, resume_at: null });
    return readCampaign(s.db, id);
  },
  'campaigns.resendUncertain': async ({ id }, ctx) => {
    const s = ctx.session();
    const row = await campaignRow(s.db, id);
    if (row.state === 'cancelled') throw new AppError('CONFLICT', 'Đợt gửi này đã bị hủy.');
    const n = await s
      .db(RECIPIENTS)
      .where({ campaign_id: id, state: 'uncertain' })
      .update({ state: 'queued', updated_at: new Date().toISOString() });
    noteChange(s.db, s.record, RECIPIENTS, 'all');
    if (n > 0 && row.state === 'finished') await setCampaign(s.db, s, id, { state: 'ready', finished_at: null });
    return readCampaign(s.db, id);
  },
  'campaigns.recipients': async (input, ctx) => campaignRecipients(ctx.session().db, input),
  'campaigns.report': async ({ id }, ctx) => campaignReport(ctx.session().db, id),
  'campaigns.archive': async ({ id, format }, ctx) => campaignArchive(ctx.session().db, id, format),
};
