import { Alert, App, Button, Form, InputNumber, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { errorText, fieldErrors } from '../common/errors';

/** "số bản sao lưu tự động giữ lại" → settings.update { backupKeep } */
export function BackupKeepSetting() {
  const { t } = useTranslation();
  const { call } = useApi();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ backupKeep: number }>();
  const [loaded, setLoaded] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('settings.get', {}).then(
      (s) => {
        form.setFieldsValue({ backupKeep: s.backupKeep });
        setLoaded(true);
      },
      (err) => setError(errorText(t, err)),
    );
  }, [call, form, t]);

  const save = async ({ backupKeep }: { backupKeep: number }) => {
    setBusy(true);
    setError(null);
    try {
      const s = await call('settings.update', { backupKeep });
      form.setFieldsValue({ backupKeep: s.backupKeep });
      void message.success(t('backups.keepSaved'));
    } catch (err) {
      const fe = fieldErrors(t, err, ['backupKeep']);
      form.setFields(Object.entries(fe.fields).map(([, errors]) => ({ name: 'backupKeep' as const, errors })));
      setError(fe.general);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={save} disabled={!loaded || busy}>
      <Form.Item label={t('backups.keep')} extra={t('backups.keepHelp')}>
        <Space>
          <Form.Item name="backupKeep" noStyle rules={[{ required: true, message: t('validation.required') }]}>
            <InputNumber min={1} max={365} precision={0} data-testid="backup-keep" />
          </Form.Item>
          <Button htmlType="submit" loading={busy} data-testid="backup-keep-save">
            {t('backups.keepSave')}
          </Button>
        </Space>
      </Form.Item>
      {error && <Alert type="error" showIcon title={error} role="alert" />}
    </Form>
  );
}
