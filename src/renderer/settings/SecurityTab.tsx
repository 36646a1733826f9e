import { Alert, App, Divider, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { useSubmit } from '../api/useSubmit';
import { errorText } from '../common/errors';
import type { AppStatus } from '../app/App';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { IdleLockSetting } from './IdleLockSetting';

export function SecurityTab({ status }: { status: AppStatus }) {
  const { t } = useTranslation();
  const { call } = useApi();
  const { message } = App.useApp();
  const [enrolled, setEnrolled] = useState(status.keystoreEnrolled);
  const { busy, error, run } = useSubmit();

  const toggle = (enabled: boolean) =>
    run(
      async () => {
        await call('vault.setKeystore', { enabled });
        setEnrolled(enabled);
        void message.success(t('security.keystoreSaved'));
      },
      (err) => errorText(t, err),
    );

  return (
    <div className="ud-narrow">
      <Typography.Title level={5}>{t('security.changeTitle')}</Typography.Title>
      <ChangePassphraseForm />
      <Divider />
      <Typography.Title level={5}>{t('security.idleTitle')}</Typography.Title>
      <IdleLockSetting />
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
