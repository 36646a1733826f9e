/**
 * Tổng quan's finance card: the cash on hand today and the dues collected this month (funds.summary), with a way
 * into the books. A union whose books have not started sees zeros; a failure hides the card rather than the page.
 */
import { Button, Card, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { monthLabel, thisYear, today, vnd } from './format';
import { useCommand } from './useCommand';
import './funds.css';

export function FundsOverviewCard({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation();
  const now = today();
  const { data, error } = useCommand('funds.summary', { year: thisYear(), asOf: now });
  if (error) return null;
  return (
    <Card
      title={t('funds.overview.title')}
      loading={!data}
      extra={<Button onClick={onOpen}>{t('funds.overview.open')}</Button>}
      data-testid="overview-funds"
    >
      {data && (
        <div className="ud-funds-overview">
          <Statistic title={t('funds.overview.cash')} value={vnd(data.cashBalance)} data-testid="overview-funds-cash" />
          <Statistic
            title={t('funds.overview.dues', { month: monthLabel(now.slice(0, 7)) })}
            value={vnd(data.duesThisMonth)}
            data-testid="overview-funds-dues"
          />
        </div>
      )}
    </Card>
  );
}
