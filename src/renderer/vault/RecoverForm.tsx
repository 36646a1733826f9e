/** Recovery: the recovery key and a new passphrase twice → `vault.recover`. */
import { Alert, App, Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { fieldErrors, placeFieldErrors } from '../common/errors';
import { useSubmit } from '../api/useSubmit';
import { PassphraseFields } from './PassphraseFields';

interface Values {
  recoveryKey: string;
  newPassphrase: string;
  confirm: string;
}

export function RecoverForm({ onRecovered, onBack }: { onRecovered: () => void; onBack: () => void }) {
  const { t } = useTranslation();
  const { call } = useApi();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { busy, error, run } = useSubmit();

  const submit = (v: Values) =>
    run(
      async () => {
        await call('vault.recover', { recoveryKey: v.recoveryKey.trim(), newPassphrase: v.newPassphrase });
        void message.success(t('recover.done'));
        onRecovered();
      },
      (err) =>
        placeFieldErrors(
          form,
          fieldErrors(
            t,
            err,
            ['recoveryKey', 'newPassphrase'],
            { WRONG_SECRET: 'recoveryKey' },
            { WRONG_SECRET: 'errors.WRONG_RECOVERY_KEY' },
          ),
        ),
    );

  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} disabled={busy}>
      <Typography.Paragraph>{t('recover.intro')}</Typography.Paragraph>
      <Form.Item
        name="recoveryKey"
        label={t('recover.recoveryKey')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input className="ud-mono" data-testid="recover-key" autoComplete="off" spellCheck={false} autoFocus />
      </Form.Item>
      <PassphraseFields
        name="newPassphrase"
        confirmName="confirm"
        label={t('recover.newPassphrase')}
        confirmLabel={t('recover.newPassphraseConfirm')}
        testId="recover-passphrase"
        confirmTestId="recover-passphrase-confirm"
      />
      {error && <Alert type="error" showIcon title={error} className="ud-form-alert" role="alert" />}
      <Button type="primary" htmlType="submit" loading={busy} block data-testid="recover-submit">
        {t('recover.submit')}
      </Button>
      <Button type="link" className="ud-link-below" onClick={onBack} disabled={false}>
        {t('recover.back')}
      </Button>
    </Form>
  );
}
