import { Alert, App, Form, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { errorText } from '../common/errors';

/**
 * Bulletins are the union's own internal communication, so a member with an email consents by default; a union
 * may require an explicit opt-in instead (settings.update { emailOptInRequired }).
 */
export function EmailConsentSetting() {
  const { t } = useTranslation();
  const { call } = useApi();
  const { message } = App.useApp();
  const [value, setValue] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('settings.get', {}).then(
      (s) => setValue(s.emailOptInRequired),
      (err) => setError(errorText(t, err)),
    );
  }, [call, t]);

  const change = async (next: boolean) => {
    setError(null);
    try {
      const s = await call('settings.update', { emailOptInRequired: next });
      setValue(s.emailOptInRequired);
      void message.success(t('settings.optIn.saved'));
    } catch (err) {
      setError(errorText(t, err));
    }
  };

  return (
    <Form layout="vertical">
      <Form.Item label={t('settings.optIn.label')} extra={t('settings.optIn.help')} htmlFor="email-opt-in">
        <Switch
          id="email-opt-in"
          checked={value ?? false}
          loading={value === null && !error}
          onChange={change}
          data-testid="email-opt-in"
        />
      </Form.Item>
      {error && <Alert type="error" showIcon title={error} role="alert" />}
    </Form>
  );
}
