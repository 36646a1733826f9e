/** Members at a glance: active, women, admissions and departures this year, statuses, and the groups as bars. */
import { Button, Card, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OverviewReport } from '../../shared/overview-contract';
import { UnitBars } from './UnitBars';

export function MembersCard({ report, onOpen }: { report: OverviewReport; onOpen: () => void }) {
  const { t } = useTranslation();
  const { members, year } = report;
  const share = members.active ? Math.round((members.activeWomen / members.active) * 100) : 0;
  return (
    <Card
      title={t('overview.members.title')}
      extra={<Button onClick={onOpen}>{t('overview.members.open')}</Button>}
      data-testid="overview-members"
    >
      {members.total === 0 ? (
        <Typography.Text type="secondary">{t('overview.members.empty')}</Typography.Text>
      ) : (
        <>
          <div className="ud-overview-figures">
            <Statistic title={t('overview.members.active')} value={members.active} data-testid="overview-active" />
            {/* The share on a line of its own: as the figure's suffix it wrapped in three large lines. */}
            <div data-testid="overview-women">
              <Statistic title={t('overview.members.women')} value={members.activeWomen} />
              <Typography.Text type="secondary">{t('overview.members.womenShare', { share })}</Typography.Text>
            </div>
            <Statistic
              title={t('overview.members.admitted', { year })}
              value={report.admitted}
              data-testid="overview-admitted"
            />
            <Statistic title={t('overview.members.left', { year })} value={report.left} data-testid="overview-left" />
          </div>
          <div className="ud-section-title">
            <Typography.Text strong>{t('overview.members.byStatus')}</Typography.Text>{' '}
            <Typography.Text type="secondary" data-testid="overview-total">
              {t('overview.members.total', { count: members.total })}
            </Typography.Text>
            <div className="ud-overview-statuses ud-section-title" data-testid="overview-statuses">
              {members.byStatus.map((s) => (
                <Tag key={s.status} data-testid={`overview-status-${s.status}`}>
                  {t(`members.statuses.${s.status}`)}: {s.count}
                </Tag>
              ))}
            </div>
          </div>
          <UnitBars units={members.byUnit} />
        </>
      )}
    </Card>
  );
}
