/** "Đã lưu lúc 14:05:09" / "Đang lưu…" / "Có thay đổi chưa lưu" / the error, for the editor's header. */
import { CheckCircleOutlined, ExclamationCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { SaveStatus } from './useAutosave';

export function SaveStatusText({ status, auto }: { status: SaveStatus; auto: boolean }) {
  const { t } = useTranslation();
  const body = () => {
    switch (status.kind) {
      case 'idle':
        return <Typography.Text type="secondary">{auto ? t('documents.autosave.idle') : '\u00a0'}</Typography.Text>;
      case 'dirty':
        return (
          <Typography.Text type="secondary">
            {t(auto ? 'documents.autosave.dirty' : 'documents.autosave.dirtyManual')}
          </Typography.Text>
        );
      case 'saving':
        return (
          <Typography.Text type="secondary">
            <LoadingOutlined /> {t('documents.autosave.saving')}
          </Typography.Text>
        );
      case 'saved':
        return (
          <Typography.Text type="success">
            <CheckCircleOutlined /> {t('documents.autosave.saved', { time: dayjs(status.at).format('HH:mm:ss') })}
          </Typography.Text>
        );
      case 'error':
        return (
          <Typography.Text type="danger">
            <ExclamationCircleOutlined /> {t('documents.autosave.error', { message: status.message })}
          </Typography.Text>
        );
    }
  };
  return (
    <span
      className="ud-save-status"
      data-testid="doc-autosave-status"
      data-state={status.kind}
      role="status"
      aria-live="polite"
    >
      {body()}
    </span>
  );
}
