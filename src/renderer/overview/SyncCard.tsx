/**
 * Đồng bộ on Tổng quan: when this PC last synced with the upper-level union's server and what waits to be sent, a
 * warning after SYNC_OLD_DAYS without a sync; or, not registered, that it is not connected, with the way to the
 * tab. A failing read hides the card, never the page.
 */
import { Alert, Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../app/format';
import { syncFailureText } from '../sync/syncErrors';
import { useSyncStatus } from '../sync/useSyncStatus';
import { daysSince } from './BackupCard';

/** Past a week without a sync the upper level's figures for this CĐCS are stale: the card says so. */
export const SYNC_OLD_DAYS = 7;

export function SyncCard({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation();
  const { status, error } = useSyncStatus();
  if (error) return null;
  const days = status?.lastSyncAt ? daysSince(status.lastSyncAt) : null;
  return (
    <Card
      title={t('sync.card.title')}
      loading={!status}
      extra={<Button onClick={onOpen}>{t('sync.card.open')}</Button>}
      data-testid="overview-sync"
    >
      {status && !status.registered && (
        <Typography.Text type="secondary" data-testid="overview-sync-off">
          {t('sync.card.notConnected')}
        </Typography.Text>
      )}
      {status?.registered && (
        <>
          <Typography.Text type="secondary">{t('sync.card.lastSync')}</Typography.Text>
          <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="overview-sync-last">
            {status.lastSyncAt ? formatDateTime(status.lastSyncAt) : t('sync.card.never')}
          </Typography.Title>
          <Typography.Text data-testid="overview-sync-pending">
            {t('sync.card.pending', { count: status.pending })}
          </Typography.Text>
          {status.conflicts > 0 && (
            <>
              <br />
              <Typography.Text type="warning" data-testid="overview-sync-conflicts">
                {t('sync.card.conflicts', { count: status.conflicts })}
              </Typography.Text>
            </>
          )}
          {days !== null && days > SYNC_OLD_DAYS && (
            <Alert
              className="ud-section-title"
              type="warning"
              showIcon
              data-testid="overview-sync-warning"
              title={t('sync.card.old', { days })}
            />
          )}
          {status.lastError && status.lastError.code !== 'SYNC_CHOICE' && (
            <Alert
              className="ud-section-title"
              type="warning"
              showIcon
              data-testid="overview-sync-error"
              title={t('sync.card.failed', { message: syncFailureText(t, status.lastError) })}
            />
          )}
        </>
      )}
    </Card>
  );
}
