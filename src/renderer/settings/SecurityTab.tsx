import { Alert, App, Divider, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { errorText } from '../common/errors';
import type { AppStatus } from '../app/App';
import { ChangePassphraseForm } from './ChangePassphraseForm';

export function SecurityTab({ status }: { status: AppStatus }) {
  const { t } = useTranslation();
  const { call } = useApi();
  const { message } = App.useApp();
  const [enrolled, setEnrolled] = useState(status.keystoreEnrolled);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const toggle = async (enabled: boolean) => {
    setBusy(true);
    setError(null);
    try {
      await call('vault.setKeystore', { enabled });
      setEnrolled(enabled);
      void message.success(t('security.keystoreSaved'));
    } catch (err) {
      setError(errorText(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="ud-narrow">
      <Typography.Title level={5}>{t('security.changeTitle')}</Typography.Title>
      <ChangePassphraseForm />
      <Divider />
      <Typography.Title level={5}>{t('security.keystoreTitle')}</Typography.Title>
      {status.keystoreAvailable ? (
        <>
          <label className="ud-switch-row">
            <Switch checked={enrolled} loading={busy} onChange={toggle} data-testid="keystore-toggle" />
            <span>{t('security.keystoreLabel')}</span>
          </label>
          <Typography.Paragraph type="secondary">{t('security.keystoreHelp')}</Typography.Paragraph>
          {error && <Alert type="error" showIcon title={error} role="alert" />}
        </>
      ) : (
        <Typography.Paragraph type="secondary" data-testid="keystore-unavailable">
          {t('security.keystoreUnavailable')}
        </Typography.Paragraph>
      )}
    </div>
  );
}
