/**
 * The wording templates take from settings (settings.update { documentTexts }): who employs the workers, printed in
 * "Nơi nhận" and the bases ("Ban Giám đốc Công ty", "Ban Giám hiệu", "Thủ trưởng đơn vị"), and the Điều lệ's
 * guidance with its number and date, which changes with each congress.
 */
import { Alert, App, AutoComplete, Button, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentTexts } from '../../shared/settings-contract';
import { useApi } from '../api/ApiContext';
import { errorText } from '../common/errors';

const EMPLOYERS = ['Ban Giám đốc Công ty', 'Ban Giám hiệu', 'Thủ trưởng đơn vị'];

export function DocumentTextsSetting() {
  const { t } = useTranslation();
  const { call } = useApi();
  const { message } = App.useApp();
  const [form] = Form.useForm<DocumentTexts>();
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('settings.get', {}).then(
      (s) => {
        form.setFieldsValue(s.documentTexts);
        setLoaded(true);
      },
      (err) => setError(errorText(t, err)),
    );
  }, [call, t, form]);

  const save = async (v: DocumentTexts) => {
    setError(null);
    try {
      form.setFieldsValue((await call('settings.update', { documentTexts: v })).documentTexts);
      void message.success(t('documents.texts.saved'));
    } catch (err) {
      setError(errorText(t, err));
    }
  };
  const required = [{ required: true, whitespace: true, message: t('validation.required') }];

  return (
    <Form form={form} layout="vertical" onFinish={(v) => void save(v)} disabled={!loaded}>
      <Typography.Title level={5}>{t('documents.texts.title')}</Typography.Title>
      <Form.Item name="employer" label={t('documents.texts.employer')} rules={required}>
        <AutoComplete options={EMPLOYERS.map((value) => ({ value }))} data-testid="doc-texts-employer" />
      </Form.Item>
      <Form.Item
        name="charterGuidance"
        label={t('documents.texts.charterGuidance')}
        extra={t('documents.texts.charterGuidanceHelp')}
        rules={required}
      >
        <Input.TextArea autoSize={{ minRows: 2 }} data-testid="doc-texts-guidance" />
      </Form.Item>
      {error && <Alert type="error" showIcon title={error} role="alert" className="ud-form-alert" />}
      <Button type="primary" htmlType="submit" data-testid="doc-texts-save">
        {t('documents.texts.save')}
      </Button>
    </Form>
  );
}
