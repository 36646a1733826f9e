/** "Tự động đồng bộ sau mỗi … phút" (0 = only by hand) → sync.settings { autoMinutes }, answered with the status. */
import { App, Button, Form, InputNumber, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../shared/sync-contract';
import { useApi } from '../api/ApiContext';
import { fieldErrors } from '../common/errors';
import { FormError } from '../common/FormError';

export function AutoSyncSetting({ minutes, onStatus }: { minutes: number; onStatus: (s: SyncStatus) => void }) {
  const { t } = useTranslation();
  const { call } = useApi();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ autoMinutes: number }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => form.setFieldsValue({ autoMinutes: minutes }), [form, minutes]);

  const save = async ({ autoMinutes }: { autoMinutes: number }) => {
    setBusy(true);
    setError(null);
    try {
      onStatus(await call('sync.settings', { autoMinutes }));
      void message.success(t('sync.auto.saved'));
    } catch (err) {
      const fe = fieldErrors(t, err, ['autoMinutes']);
      form.setFields(Object.entries(fe.fields).map(([, errors]) => ({ name: 'autoMinutes' as const, errors })));
      setError(fe.general);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={save} disabled={busy} className="ud-section-title">
      <Form.Item label={t('sync.auto.label')} extra={t('sync.auto.help')} htmlFor="autoMinutes">
        <Space>
          <Form.Item name="autoMinutes" noStyle rules={[{ required: true, message: t('validation.required') }]}>
            <InputNumber min={0} max={24 * 60} precision={0} data-testid="sync-auto-minutes" />
          </Form.Item>
          <Button htmlType="submit" loading={busy} data-testid="sync-auto-save">
            {t('sync.auto.save')}
          </Button>
        </Space>
      </Form.Item>
      <FormError error={error} />
    </Form>
  );
}
