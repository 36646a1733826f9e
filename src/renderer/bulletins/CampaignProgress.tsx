/** The progress bar of a sending: sent (green) and failed among all to send, with the figures and the rate. */
import { Progress, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../shared/campaigns-contract';
import { useCount } from './numbers';

export function CampaignProgress({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const n = useCount();
  const c = campaign.counts;
  const failed = c.failedPerm + c.failedTemp + c.gaveUp;
  // Temporary failures are still to be retried: they count as remaining in the core's figure; given up ones are done.
  const total = c.sent + c.failedPerm + c.gaveUp + c.uncertain + c.remaining;
  const done = c.sent + c.failedPerm + c.gaveUp + c.uncertain;
  const percent = total ? Math.round((done / total) * 100) : 100;
  const sentPercent = total ? Math.round((c.sent / total) * 100) : 0;
  return (
    <div className="ud-campaign-progress" data-testid="campaign-progress" data-done={done} data-total={total}>
      <Progress
        percent={percent}
        success={{ percent: sentPercent }}
        status={campaign.state === 'sending' ? 'active' : failed ? 'exception' : 'normal'}
        aria-label={t('bulletins.campaign.sent')}
      />
      <div className="ud-campaign-stats">
        <Statistic title={t('bulletins.campaign.sent')} value={n(c.sent)} data-testid="campaign-sent" />
        <Statistic title={t('bulletins.campaign.failed')} value={n(failed)} data-testid="campaign-failed" />
        <Statistic title={t('bulletins.campaign.remaining')} value={n(c.remaining)} data-testid="campaign-remaining" />
        <Statistic title={t('bulletins.campaign.skipped')} value={n(c.skipped)} data-testid="campaign-skipped" />
        {campaign.state === 'sending' && (
          <span className="ud-muted ud-campaign-rate" data-testid="campaign-rate">
            {t('bulletins.campaign.rate', { rate: n(Math.round(campaign.rate * 10) / 10) })}
          </span>
        )}
      </div>
    </div>
  );
}
