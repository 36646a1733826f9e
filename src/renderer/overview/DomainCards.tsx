/**
 * The cards later domains add to Tổng quan, from reads that already exist (meetings.list, campaigns.list) or from
 * overview.get (dues paid this month). A failing read hides its card, never the page.
 */
import { Button, Card, Progress, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OverviewReport } from '../../shared/overview-contract';
import { formatDateTime } from '../app/format';
import { monthLabel, vnd } from '../dues/format';
import { useCommand } from '../funds/useCommand';

export function MeetingCard({ today, onOpen }: { today: string; onOpen: (id?: string) => void }) {
  const { t } = useTranslation();
  const { data, error } = useCommand('meetings.list', { status: 'planned', from: `${today}T00:00`, limit: 1 });
  if (error) return null;
  const next = data?.items[0];
  return (
    <Card
      title={t('overview.meeting.title')}
      loading={!data}
      extra={<Button onClick={() => onOpen()}>{t('overview.meeting.open')}</Button>}
      data-testid="overview-meeting"
    >
      {next ? (
        <Button
          type="link"
          style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
          onClick={() => onOpen(next.id)}
        >
          <span>
            <Typography.Text strong>{next.title}</Typography.Text>
            <br />
            <Typography.Text type="secondary">
              {formatDateTime(next.startsAt)}
              {next.place ? ` · ${next.place}` : ''}
            </Typography.Text>
          </span>
        </Button>
      ) : (
        <Typography.Text type="secondary">{t('overview.meeting.none')}</Typography.Text>
      )}
    </Card>
  );
}

export function DuesCard({ report, onOpen }: { report: OverviewReport; onOpen: () => void }) {
  const { t } = useTranslation();
  const { dues, members } = report;
  if (members.active === 0 && dues.paidMembers === 0) return null;
  const share = members.active ? Math.min(100, Math.round((dues.paidMembers / members.active) * 100)) : 0;
  return (
    <Card
      title={t('overview.dues.title', { month: monthLabel(dues.month) })}
      extra={<Button onClick={onOpen}>{t('overview.dues.open')}</Button>}
      data-testid="overview-dues"
    >
      <div className="ud-overview-figures">
        <Statistic
          title={t('overview.dues.paid')}
          value={t('overview.dues.paidOf', { paid: dues.paidMembers, active: members.active })}
          data-testid="overview-dues-paid"
        />
        <Statistic title={t('overview.dues.collected')} value={vnd(dues.collected)} />
      </div>
      <Progress percent={share} size="small" aria-label={t('overview.dues.paid')} />
    </Card>
  );
}

export function CampaignCard({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation();
  const { data, error } = useCommand('campaigns.list', {});
  const current = data?.items.find((c) => c.state === 'sending' || c.state === 'paused');
  if (error || !current) return null;
  const { sent, remaining } = current.counts;
  const total = sent + remaining;
  return (
    <Card
      title={t('overview.campaign.title')}
      extra={<Button onClick={onOpen}>{t('overview.campaign.open')}</Button>}
      data-testid="overview-campaign"
    >
      <Typography.Paragraph strong ellipsis>
        {current.subject}
      </Typography.Paragraph>
      <Typography.Text type="secondary">
        {t(`overview.campaign.${current.state === 'paused' ? 'paused' : 'sending'}`)} ·{' '}
        {t('overview.campaign.sent', { sent, remaining })}
      </Typography.Text>
      <Progress percent={total ? Math.round((sent / total) * 100) : 0} size="small" />
    </Card>
  );
}
