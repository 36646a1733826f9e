/**
 * Registered: what this PC syncs with (the CĐCS, the server), when it last did, what waits to be sent and what
 * waits for the secretary; "Đồng bộ ngay" runs the sync job with its progress and ends with what it sent and
 * received; "Ngừng đồng bộ" forgets the server after a confirmation (the data stays on both sides).
 */
import { DisconnectOutlined, SyncOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Progress, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { syncResult, type SyncResult, type SyncStatus } from '../../shared/sync-contract';
import { useApi } from '../api/ApiContext';
import { formatDateTime } from '../app/format';
import { FormError } from '../common/FormError';
import { jobPercent, useJob } from '../settings/useJob';
import { syncErrorText, syncFailureText } from './syncErrors';

export interface SyncPanelProps {
  status: SyncStatus;
  /** The last run's counts, shown until the next run (also the first sync's, right after registering). */
  result: SyncResult | null;
  onResult: (result: SyncResult | null) => void;
  onStatus: (status: SyncStatus) => void;
  /** The core answered SYNC_CHOICE: the first sync still needs the secretary's choice. */
  onNeedChoice: () => void;
}

export function SyncPanel({ status, result, onResult, onStatus, onNeedChoice }: SyncPanelProps) {
  const { t } = useTranslation();
  const { call } = useApi();
  const { message, modal } = App.useApp();
  const { job, run, clear } = useJob();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const syncNow = async () => {
    setBusy(true);
    setError(null);
    onResult(null);
    try {
      const final = await run(() => call('sync.now', {}));
      const parsed = syncResult.safeParse(final.result);
      onResult(parsed.success ? parsed.data : null);
      clear();
    } catch (err) {
      if ((err as { code?: string }).code === 'SYNC_CHOICE') onNeedChoice();
      else setError(syncErrorText(t, err));
    } finally {
      setBusy(false);
      // The event normally brings the new status; read it too, in case this run's event came before we listened.
      call('sync.status', {}).then(onStatus, () => {});
    }
  };

  const unregister = () =>
    modal.confirm({
      title: t('sync.unregister.confirmTitle'),
      content: t('sync.unregister.confirmBody'),
      okText: t('sync.unregister.ok'),
      okButtonProps: { danger: true, 'data-testid': 'sync-unregister-ok' },
      cancelText: t('sync.unregister.cancel'),
      onOk: async () => {
        try {
          onStatus(await call('sync.unregister', {}));
          onResult(null);
          void message.success(t('sync.unregister.done'));
        } catch (err) {
          setError(syncErrorText(t, err));
        }
      },
    });

  const running = busy || status.running;
  const lastError = status.lastError && status.lastError.code !== 'SYNC_CHOICE' ? status.lastError : null;
  return (
    <div data-testid="sync-panel">
      <Typography.Title level={5}>{t('sync.status.title')}</Typography.Title>
      <Descriptions
        column={1}
        size="small"
        bordered
        items={[
          { key: 'org', label: t('sync.status.org'), children: <span data-testid="sync-org">{status.orgName}</span> },
          {
            key: 'server',
            label: t('sync.status.server'),
            children: <span data-testid="sync-server-url">{status.server}</span>,
          },
          {
            key: 'last',
            label: t('sync.status.lastSync'),
            children: (
              <span data-testid="sync-last">
                {status.lastSyncAt ? formatDateTime(status.lastSyncAt) : t('sync.status.never')}
              </span>
            ),
          },
          {
            key: 'pending',
            label: t('sync.status.pending'),
            children: <span data-testid="sync-pending">{status.pending}</span>,
          },
          {
            key: 'conflicts',
            label: t('sync.status.conflicts'),
            children: <span data-testid="sync-conflicts">{status.conflicts}</span>,
          },
        ]}
      />
      {lastError && !error && (
        <Alert
          className="ud-section-title"
          type="warning"
          showIcon
          data-testid="sync-last-error"
          title={t('sync.status.lastError', {
            at: formatDateTime(lastError.at),
            message: syncFailureText(t, lastError),
          })}
        />
      )}
      <Space wrap className="ud-section-title">
        <Button type="primary" icon={<SyncOutlined />} onClick={syncNow} loading={running} data-testid="sync-now">
          {t('sync.now.button')}
        </Button>
        <Button danger icon={<DisconnectOutlined />} onClick={unregister} disabled={busy} data-testid="sync-unregister">
          {t('sync.unregister.button')}
        </Button>
      </Space>
      {(job || status.running) && (
        <div className="ud-job" data-testid="sync-progress" role="status">
          <Space>
            {!job?.total && <Spin size="small" />}
            <Typography.Text>{t(job ? 'sync.now.running' : 'sync.status.running')}</Typography.Text>
          </Space>
          {!!job?.total && (
            <Progress percent={jobPercent(job)} status={job.state === 'failed' ? 'exception' : 'active'} />
          )}
        </div>
      )}
      {result && (
        <Alert
          className="ud-section-title"
          type="success"
          showIcon
          role="status"
          data-testid="sync-result"
          title={t('sync.now.result', result)}
        />
      )}
      <div className="ud-section-title">
        <FormError error={error} testId="sync-error" />
      </div>
    </div>
  );
}
