/**
 * Export of the current (filtered, searched) list as .xlsx or PDF. Ethnicity and religion only on request, with
 * the warning that such exports are logged (Nghị định 13/2023/NĐ-CP); the PDF never carries them.
 */
import { Alert, App, Checkbox, Modal, Radio, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { useSubmit } from '../api/useSubmit';
import { detailText } from '../common/errors';
import { downloadBase64 } from '../api/download';
import type { ListFilters } from './useMemberList';

interface Props {
  open: boolean;
  filters: ListFilters;
  total: number;
  onClose: () => void;
}

export function ExportDialog({ open, filters, total, onClose }: Props) {
  const { t } = useTranslation();
  const { call } = useApi();
  const { message } = App.useApp();
  const [format, setFormat] = useState<'xlsx' | 'pdf'>('xlsx');
  const [sensitive, setSensitive] = useState(false);
  const { busy, error, setError, run: submit } = useSubmit();

  useEffect(() => {
    if (open) {
      setFormat('xlsx');
      setSensitive(false);
      setError(null);
    }
  }, [open, setError]);

  const run = () =>
    submit(
      async () => {
        const input = { ...filters, format, includeSensitive: format === 'xlsx' && sensitive };
        const res = await call('members.export', input);
        if (res.base64) downloadBase64(res.fileName, res.base64);
        void message.success(t('members.export.done', { n: res.count, file: res.fileName }));
        onClose();
      },
      (err) => detailText(t, err),
    );

  return (
    <Modal
      open={open}
      title={t('members.export.title')}
      okText={t('members.export.submit')}
      cancelText={t('members.export.cancel')}
      onOk={() => void run()}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'export-submit' }}
    >
      <div data-testid="export-dialog">
        <Typography.Paragraph>{t('members.export.filtersApply', { n: total })}</Typography.Paragraph>
        <Space orientation="vertical" className="ud-full-width">
          <Radio.Group
            value={format}
            onChange={(e) => setFormat(e.target.value as 'xlsx' | 'pdf')}
            optionType="button"
            data-testid="export-format"
            options={[
              { value: 'xlsx', label: t('members.export.xlsx') },
              { value: 'pdf', label: t('members.export.pdf') },
            ]}
          />
          {format === 'xlsx' ? (
            <Checkbox
              checked={sensitive}
              onChange={(e) => setSensitive(e.target.checked)}
              data-testid="export-sensitive"
            >
              {t('members.export.sensitive')}
            </Checkbox>
          ) : (
            <Typography.Text type="secondary">{t('members.export.sensitivePdf')}</Typography.Text>
          )}
          {format === 'xlsx' && sensitive && (
            <Alert
              type="warning"
              showIcon
              title={t('members.export.sensitiveWarning')}
              data-testid="export-sensitive-warning"
            />
          )}
          {error && <Alert type="error" showIcon title={error} role="alert" />}
        </Space>
      </div>
    </Modal>
  );
}
