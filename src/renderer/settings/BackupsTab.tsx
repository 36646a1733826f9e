/** Backups: create (with progress), list, restore (confirm, progress, then reload), and how many to keep. */
import { CloudDownloadOutlined, ReloadOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Divider, Progress, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../shared/contract';
import { useApi } from '../api/ApiContext';
import { errorText } from '../common/errors';
import { formatDateTime, formatSize } from '../app/format';
import { FormError } from '../common/FormError';
import { BackupKeepSetting } from './BackupKeepSetting';
import { jobPercent, useJob } from './useJob';

export function BackupsTab({ onRestored }: { onRestored: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const { call } = useApi();
  const { message, modal } = App.useApp();
  const { job, run } = useJob();
  const [action, setAction] = useState<'create' | 'restore' | null>(null);
  const [list, setList] = useState<BackupInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const backups = await call('backup.list', {});
      setList([...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt)));
    } catch (err) {
      setError(errorText(t, err));
    }
  }, [call, t]);
  useEffect(() => {
    void load();
  }, [load]);

  const create = async () => {
    setAction('create');
    setError(null);
    try {
      await run(() => call('backup.create', {}));
      void message.success(t('backups.created'));
      await load();
    } catch (err) {
      setError(errorText(t, err));
    } finally {
      setAction(null);
    }
  };

  const restore = async (b: BackupInfo) => {
    setAction('restore');
    setError(null);
    try {
      await run(() => call('backup.restore', { file: b.name }));
      void message.success(t('backups.restored'));
      await onRestored();
    } catch (err) {
      setError(errorText(t, err));
    } finally {
      setAction(null);
    }
  };

  const confirmRestore = (b: BackupInfo) =>
    modal.confirm({
      title: t('backups.restoreConfirmTitle'),
      content: t('backups.restoreConfirmBody', { date: formatDateTime(b.createdAt) }),
      okText: t('backups.restoreOk'),
      okButtonProps: { danger: true, 'data-testid': 'backup-restore-ok' },
      cancelText: t('backups.cancel'),
      onOk: () => {
        void restore(b);
      },
    });

  const busy = action !== null;
  return (
    <div>
      <Space wrap>
        <Button
          type="primary"
          icon={<SaveOutlined />}
          onClick={create}
          loading={action === 'create'}
          disabled={busy}
          data-testid="backup-create"
        >
          {t('backups.create')}
        </Button>
        <Button icon={<ReloadOutlined />} onClick={() => void load()} disabled={busy}>
          {t('backups.refresh')}
        </Button>
      </Space>
      {job && action && (
        <div className="ud-job" data-testid="backup-progress">
          <Typography.Text>{t(action === 'create' ? 'backups.creating' : 'backups.restoring')}</Typography.Text>
          <Progress percent={jobPercent(job)} status={job.state === 'failed' ? 'exception' : 'active'} />
        </div>
      )}
      <FormError error={error} />
      <Typography.Title level={5} className="ud-section-title">
        {t('backups.list')}
      </Typography.Title>
      <div data-testid="backup-list">
        <Table<BackupInfo>
          size="small"
          loading={list === null && !error}
          rowKey="name"
          dataSource={list ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: t('backups.empty') }}
          columns={[
            { title: t('backups.columns.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
            {
              title: t('backups.columns.kind'),
              dataIndex: 'kind',
              render: (k: BackupInfo['kind']) => <Tag>{t(`backups.kinds.${k}`)}</Tag>,
            },
            {
              title: t('backups.columns.size'),
              dataIndex: 'size',
              render: (s: number) => formatSize(s, t, i18n.language),
            },
            {
              title: t('backups.columns.name'),
              dataIndex: 'name',
              render: (n: string) => <Typography.Text type="secondary">{n}</Typography.Text>,
            },
            {
              title: t('backups.columns.actions'),
              key: 'actions',
              render: (_: unknown, b: BackupInfo) => (
                <Button
                  size="small"
                  icon={<CloudDownloadOutlined />}
                  disabled={busy}
                  onClick={() => confirmRestore(b)}
                  data-testid="backup-restore"
                >
                  {t('backups.restore')}
                </Button>
              ),
            },
          ]}
        />
      </div>
      <Divider />
      <BackupKeepSetting />
    </div>
  );
}
