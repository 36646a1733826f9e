/**
 * Backups: create (with progress), list, save a copy out of the PC (a download: the browser asks where, e.g. a USB
 * stick), restore one from the list or from a picked file (confirm, progress, then reload), and how many to keep.
 */
import {
  CloudDownloadOutlined,
  ExportOutlined,
  FolderOpenOutlined,
  ReloadOutlined,
  SaveOutlined,
} from '@ant-design/icons';
import { App, Button, Divider, Progress, Space, Table, Tag, Typography, Upload } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../shared/contract';
import { useApi } from '../api/ApiContext';
import { errorText } from '../common/errors';
import { formatDateTime, formatSize } from '../app/format';
import { FormError } from '../common/FormError';
import {
  BackupFileEmpty,
  BackupFileTooLarge,
  checkPickedBackup,
  saveBackupFile,
  uploadBackupFile,
} from '../backups/backupFiles';
import { BackupKeepSetting } from './BackupKeepSetting';
import { jobPercent, useJob } from './useJob';

export function BackupsTab({ onRestored }: { onRestored: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const { call } = useApi();
  const { message, modal } = App.useApp();
  const { job, run } = useJob();
  const [action, setAction] = useState<'create' | 'restore' | 'save' | 'send' | null>(null);
  // Saving or sending a file: the share done, for its own progress bar (jobs have theirs).
  const [moved, setMoved] = useState(0);
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

  const save = async (b: BackupInfo) => {
    setAction('save');
    setMoved(0);
    setError(null);
    try {
      await saveBackupFile(call, b.name, setMoved);
      void message.success(t('backupFiles.saved', { name: b.name }));
    } catch (err) {
      setError(errorText(t, err));
    } finally {
      setAction(null);
    }
  };

  const restoreFile = async (file: File) => {
    setAction('send');
    setMoved(0);
    setError(null);
    try {
      const upload = await uploadBackupFile(call, file, setMoved);
      setAction('restore');
      await run(() => call('backup.restore', { upload }));
      void message.success(t('backups.restored'));
      await onRestored();
    } catch (err) {
      setError(pickedFileError(err) ?? errorText(t, err));
    } finally {
      setAction(null);
    }
  };

  const pickedFileError = (err: unknown) =>
    err instanceof BackupFileTooLarge
      ? t('backupFiles.tooLarge')
      : err instanceof BackupFileEmpty
        ? t('backupFiles.empty')
        : null;

  const confirmRestoreFile = (file: File) => {
    try {
      checkPickedBackup(file);
    } catch (err) {
      setError(pickedFileError(err));
      return;
    }
    modal.confirm({
      title: t('backupFiles.restoreFileConfirmTitle'),
      content: t('backupFiles.restoreFileConfirmBody', { name: file.name }),
      okText: t('backups.restoreOk'),
      okButtonProps: { danger: true, 'data-testid': 'backup-restore-file-ok' },
      cancelText: t('backups.cancel'),
      onOk: () => {
        void restoreFile(file);
      },
    });
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
        <Upload
          accept=".udbak"
          multiple={false}
          showUploadList={false}
          disabled={busy}
          beforeUpload={(file) => {
            confirmRestoreFile(file);
            return false;
          }}
        >
          <Button icon={<FolderOpenOutlined />} disabled={busy} data-testid="backup-restore-file">
            {t('backupFiles.restoreFile')}
          </Button>
        </Upload>
        <Button icon={<ReloadOutlined />} onClick={() => void load()} disabled={busy}>
          {t('backups.refresh')}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary" className="ud-section-title">
        {t('backupFiles.saveHint')} {t('backupFiles.restoreFileHint')}
      </Typography.Paragraph>
      {(action === 'save' || action === 'send') && (
        <div className="ud-job" data-testid="backup-file-progress">
          <Typography.Text>{t(action === 'save' ? 'backupFiles.saving' : 'backupFiles.sending')}</Typography.Text>
          <Progress percent={Math.round(moved * 100)} status="active" />
        </div>
      )}
      {job && (action === 'create' || action === 'restore') && (
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
                <Space size="small">
                  <Button
                    size="small"
                    icon={<ExportOutlined />}
                    disabled={busy}
                    onClick={() => void save(b)}
                    data-testid="backup-save"
                  >
                    {t('backupFiles.save')}
                  </Button>
                  <Button
                    size="small"
                    icon={<CloudDownloadOutlined />}
                    disabled={busy}
                    onClick={() => confirmRestore(b)}
                    data-testid="backup-restore"
                  >
                    {t('backups.restore')}
                  </Button>
                </Space>
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
