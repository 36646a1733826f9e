/**
 * `uniondesk campaigns create|send|status|report`: a campaign from a bulletin (campaigns-create.ts), its sending
 * job (progress on stderr; run again to resume), its counts, and its per-recipient report as .xlsx.
 */
import type { Command } from 'commander';
import type { Campaign } from '../../shared/campaigns-contract';
import type { CliFace } from '../face';
import { forceOption, outputFile, saveDelivered } from '../files';
import { t } from '../i18n';
import { action, runJob } from '../session';
import { createStrings, registerCreate } from './campaigns-create';
import { wholeNumbers } from './mail';

const en = {
  'campaigns.description': 'email campaigns: send, status and report',
  'campaigns.id': 'the campaign id',
  'campaigns.send.description': 'send a campaign until it is finished or paused (run again to resume)',
  'campaigns.send.rate': 'messages per second for this run',
  'campaigns.send.maxConnections': 'connections at once for this run',
  'campaigns.status.description': "show a campaign's counts and state",
  'campaigns.report.description': 'write the per-recipient report (.xlsx)',
  'campaigns.report.out': 'the .xlsx file to write',
  'campaigns.report.written': 'Report written to {path}.',
  'campaigns.summary':
    '{state}: sent {sent}, failed temporarily {failedTemp}, given up {gaveUp}, failed for good {failedPerm}, ' +
    'remaining {remaining}, uncertain {uncertain}.',
  'campaigns.paused': 'Paused: {message}',
};
const vi: Partial<Record<keyof typeof en, string>> = {
  'campaigns.description': 'đợt gửi email: gửi, trạng thái và báo cáo',
  'campaigns.id': 'mã đợt gửi',
  'campaigns.send.description': 'gửi một đợt cho đến khi xong hoặc tạm dừng (chạy lại để gửi tiếp)',
  'campaigns.send.rate': 'số thư mỗi giây cho lần chạy này',
  'campaigns.send.maxConnections': 'số kết nối cùng lúc cho lần chạy này',
  'campaigns.status.description': 'xem số liệu và trạng thái của một đợt gửi',
  'campaigns.report.description': 'ghi báo cáo từng người nhận (.xlsx)',
  'campaigns.report.out': 'tệp .xlsx cần ghi',
  'campaigns.report.written': 'Đã ghi báo cáo vào {path}.',
  'campaigns.summary':
    '{state}: đã gửi {sent}, lỗi tạm thời {failedTemp}, đã thôi thử {gaveUp}, lỗi vĩnh viễn {failedPerm}, ' +
    'còn lại {remaining}, không chắc {uncertain}.',
  'campaigns.paused': 'Tạm dừng: {message}',
};

interface Summary {
  sent: number;
  failedTemp: number;
  gaveUp: number;
  failedPerm: number;
  remaining: number;
  uncertain: number;
  state: Campaign['state'];
  pauseReason: Campaign['pauseReason'];
  pauseMessage: string | null;
}

const ofCampaign = (c: Campaign): Summary => ({
  sent: c.counts.sent,
  failedTemp: c.counts.failedTemp,
  gaveUp: c.counts.gaveUp,
  failedPerm: c.counts.failedPerm,
  remaining: c.counts.remaining,
  uncertain: c.counts.uncertain,
  state: c.state,
  pauseReason: c.pauseReason,
  pauseMessage: c.pauseMessage,
});

function showSummary(s: Summary): string {
  const { sent, failedTemp, gaveUp, failedPerm, remaining, uncertain, state } = s;
  const line = t('campaigns.summary', { sent, failedTemp, gaveUp, failedPerm, remaining, uncertain, state });
  return s.state === 'paused' && s.pauseMessage
    ? `${line}\n${t('campaigns.paused', { message: s.pauseMessage })}`
    : line;
}

function registerCampaigns(program: Command): void {
  const campaigns = program.command('campaigns').description(t('campaigns.description'));
  registerCreate(campaigns);
  campaigns
    .command('send')
    .description(t('campaigns.send.description'))
    .argument('<id>', t('campaigns.id'))
    .option('--rate <n>', t('campaigns.send.rate'))
    .option('--max-connections <n>', t('campaigns.send.maxConnections'))
    .action(
      action({
        input: (_ctx, id: string, o: { rate?: string; maxConnections?: string }) => ({
          id,
          ...(o.rate ? { ratePerSecond: Number(o.rate) } : {}),
          ...(o.maxConnections ? { maxConnections: wholeNumbers('--max-connections', o.maxConnections)[0] } : {}),
        }),
        run: async (r, input) => {
          await runJob(r.ctx, r.core, 'campaigns.send', input);
          return ofCampaign(await r.call('campaigns.get', { id: input.id }));
        },
        show: showSummary,
      }),
    );
  campaigns
    .command('status')
    .description(t('campaigns.status.description'))
    .argument('<id>', t('campaigns.id'))
    .action(
      action({
        input: (_ctx, id: string) => ({ id }),
        run: async ({ call }, input) => ofCampaign(await call('campaigns.get', input)),
        show: showSummary,
      }),
    );
  campaigns
    .command('report')
    .description(t('campaigns.report.description'))
    .argument('<id>', t('campaigns.id'))
    .requiredOption('--out <file>', t('campaigns.report.out'))
    .addOption(forceOption())
    .action(
      action({
        input: (_ctx, id: string, o: { out: string; force?: boolean }) => ({ id, out: outputFile(o.out, o.force) }),
        run: async ({ call }, input) => saveDelivered(input.out, await call('campaigns.report', { id: input.id })),
        show: (f) => t('campaigns.report.written', { path: f.path }),
      }),
    );
}

export const campaignsCli = {
  name: 'campaigns',
  strings: { en: { ...en, ...createStrings.en }, vi: { ...vi, ...createStrings.vi } },
  register: registerCampaigns,
} satisfies CliFace;
