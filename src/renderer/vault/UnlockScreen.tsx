/** Unlock with the passphrase (after a silent keystore attempt when enrolled), or switch to recovery. */
import { Alert, Button, Form, Input, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventPayload } from '../../shared/contract';
import { useApi } from '../api/ApiContext';
import { fieldErrors } from '../common/errors';
import type { AppStatus } from '../app/App';
import { AuthLayout } from '../app/AuthLayout';
import { RecoverForm } from './RecoverForm';

interface Props {
  status: AppStatus;
  reason?: EventPayload<'vault.locked'>['reason'];
  tryKeystore: boolean;
  onUnlocked: () => void;
}

export function UnlockScreen({ reason, tryKeystore, onUnlocked }: Props) {
  const { t } = useTranslation();
  const { call } = useApi();
  const [mode, setMode] = useState<'passphrase' | 'recover'>('passphrase');
  const [trying, setTrying] = useState(tryKeystore);
  const [busy, setBusy] = useState(false);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [generalError, setGeneralError] = useState<string | null>(null);
  const started = useRef(false);

  useEffect(() => {
    if (!tryKeystore || started.current) return;
    started.current = true;
    call('vault.unlockWithKeystore', {}).then(onUnlocked, () => setTrying(false));
  }, [tryKeystore, call, onUnlocked]);

  const submit = async ({ passphrase }: { passphrase: string }) => {
    setBusy(true);
    setFieldError(null);
    setGeneralError(null);
    try {
      await call('vault.unlock', { passphrase });
      onUnlocked();
    } catch (err) {
      const fe = fieldErrors(t, err, ['passphrase'], { WRONG_SECRET: 'passphrase' });
      setFieldError(fe.fields.passphrase?.join(' ') ?? null);
      setGeneralError(fe.general);
      setBusy(false);
    }
  };

  if (trying) {
    return (
      <AuthLayout title={t('unlock.title')}>
        <Spin /> <Typography.Text>{t('unlock.tryingKeystore')}</Typography.Text>
      </AuthLayout>
    );
  }
  if (mode === 'recover') {
    return (
      <AuthLayout title={t('recover.title')}>
        <RecoverForm onRecovered={onUnlocked} onBack={() => setMode('passphrase')} />
      </AuthLayout>
    );
  }
  const reasonText = reason ? t(`unlock.reason.${reason}`) : '';
  return (
    <AuthLayout title={t('unlock.title')}>
      {reasonText && <Alert type="info" showIcon title={reasonText} className="ud-form-alert" />}
      <Typography.Paragraph>{t('unlock.intro')}</Typography.Paragraph>
      <Form
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        onValuesChange={() => {
          setFieldError(null);
          setGeneralError(null);
        }}
      >
        <Form.Item
          name="passphrase"
          label={t('unlock.passphrase')}
          rules={[{ required: true, message: t('validation.required') }]}
          validateStatus={fieldError ? 'error' : undefined}
          help={fieldError ? <span data-testid="unlock-error">{fieldError}</span> : undefined}
        >
          <Input.Password data-testid="unlock-passphrase" autoComplete="current-password" autoFocus disabled={busy} />
        </Form.Item>
        {generalError && (
          <Alert
            type="error"
            showIcon
            title={<span data-testid="unlock-error">{generalError}</span>}
            className="ud-form-alert"
            role="alert"
          />
        )}
        <Button type="primary" htmlType="submit" loading={busy} block data-testid="unlock-submit">
          {t('unlock.submit')}
        </Button>
      </Form>
      <Button type="link" className="ud-link-below" onClick={() => setMode('recover')} data-testid="unlock-forgot">
        {t('unlock.forgot')}
      </Button>
    </AuthLayout>
  );
}
