import { Alert, App, Button, Form, InputNumber, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppSettings } from '../../shared/contract';
import { useApi } from '../api/ApiContext';
import { errorText, fieldErrors } from '../common/errors';

type NumberKey = 'backupKeep' | 'idleLockMinutes';

export interface NumberSettingProps {
  name: NumberKey;
  min: number;
  max: number;
  /** i18n keys: the field's label, its help line, the button and the saved message. */
  texts: { label: string; help: string; save: string; saved: string };
  testId: string;
}

/** One whole-number setting with its own Save button → settings.update { [name] }. */
export function NumberSetting({ name, min, max, texts, testId }: NumberSettingProps) {
  const { t } = useTranslation();
  const { call } = useApi();
  const { message } = App.useApp();
  const [form] = Form.useForm<Pick<AppSettings, NumberKey>>();
  const [loaded, setLoaded] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('settings.get', {}).then(
      (s) => {
        form.setFieldsValue({ [name]: s[name] });
        setLoaded(true);
      },
      (err) => setError(errorText(t, err)),
    );
  }, [call, form, name, t]);

  const save = async (values: Pick<AppSettings, NumberKey>) => {
    setBusy(true);
    setError(null);
    try {
      const s = await call('settings.update', { [name]: values[name] });
      form.setFieldsValue({ [name]: s[name] });
      void message.success(t(texts.saved));
    } catch (err) {
      const fe = fieldErrors(t, err, [name]);
      form.setFields(Object.entries(fe.fields).map(([, errors]) => ({ name, errors })));
      setError(fe.general);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={save} disabled={!loaded || busy}>
      {/* The label names the number field (the inner item, which owns the id): not the Save button beside it. */}
      <Form.Item label={t(texts.label)} extra={t(texts.help)} htmlFor={name}>
        <Space>
          <Form.Item name={name} noStyle rules={[{ required: true, message: t('validation.required') }]}>
            <InputNumber min={min} max={max} precision={0} data-testid={testId} />
          </Form.Item>
          <Button htmlType="submit" loading={busy} data-testid={`${testId}-save`}>
            {t(texts.save)}
          </Button>
        </Space>
      </Form.Item>
      {error && <Alert type="error" showIcon title={error} role="alert" />}
    </Form>
  );
}
