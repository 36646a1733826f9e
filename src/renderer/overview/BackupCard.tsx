/** The latest backup, with a warning when there is none or it is older than BACKUP_OLD_DAYS. */
import { Alert, Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../shared/contract';
import { BACKUP_OLD_DAYS } from '../../shared/doctor-contract';
import { formatDateTime } from '../app/format';

/** Whole days since `iso`, by the clock of this computer. */
export function daysSince(iso: string, now = Date.now()): number {
  return Math.floor((now - Date.parse(iso)) / 86_400_000);
}

export function BackupCard({ backups, onOpen }: { backups: BackupInfo[]; onOpen: () => void }) {
  const { t } = useTranslation();
  const latest = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  const days = latest ? daysSince(latest.createdAt) : null;
  return (
    <Card
      title={t('overview.lastBackup')}
      extra={<Button onClick={onOpen}>{t('settings.tabs.backups')}</Button>}
      data-testid="overview-backup"
    >
      {latest ? (
        <>
          <Typography.Title level={4} data-testid="overview-last-backup" style={{ marginTop: 0 }}>
            {formatDateTime(latest.createdAt)}
          </Typography.Title>
          <Typography.Text type="secondary">{t('overview.backupCount', { count: backups.length })}</Typography.Text>
        </>
      ) : (
        <Typography.Text type="secondary">{t('overview.noBackup')}</Typography.Text>
      )}
      {(days === null || days > BACKUP_OLD_DAYS) && (
        <Alert
          className="ud-section-title"
          type="warning"
          showIcon
          data-testid="overview-backup-warning"
          title={days === null ? t('overview.backupMissing') : t('overview.backupOld', { days })}
        />
      )}
    </Card>
  );
}
