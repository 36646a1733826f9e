import { Alert, Button, Checkbox, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { fieldErrors, placeFieldErrors } from '../common/errors';
import { useSubmit } from '../api/useSubmit';
import { PassphraseFields } from './PassphraseFields';

interface Values {
  passphrase: string;
  confirm: string;
  useKeystore?: boolean;
}

export function CreateVaultStep({
  keystoreAvailable,
  onCreated,
}: {
  keystoreAvailable: boolean;
  onCreated: (recoveryKey: string) => void;
}) {
  const { t } = useTranslation();
  const { call } = useApi();
  const [form] = Form.useForm<Values>();
  const { busy, error, run } = useSubmit();

  const submit = (v: Values) =>
    run(
      async () => {
        const input = keystoreAvailable
          ? { passphrase: v.passphrase, useKeystore: !!v.useKeystore }
          : { passphrase: v.passphrase };
        const { recoveryKey } = await call('vault.create', input);
        onCreated(recoveryKey);
      },
      (err) => placeFieldErrors(form, fieldErrors(t, err, ['passphrase', 'useKeystore'])),
    );

  return (
    <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} disabled={busy}>
      <Typography.Paragraph>{t('wizard.vault.intro')}</Typography.Paragraph>
      <PassphraseFields
        name="passphrase"
        confirmName="confirm"
        label={t('wizard.vault.passphrase')}
        confirmLabel={t('wizard.vault.passphraseConfirm')}
        testId="wizard-passphrase"
        confirmTestId="wizard-passphrase-confirm"
        autoFocus
      />
      {keystoreAvailable && (
        <Form.Item name="useKeystore" valuePropName="checked" extra={t('wizard.vault.useKeystoreHelp')}>
          <Checkbox data-testid="wizard-keystore">{t('wizard.vault.useKeystore')}</Checkbox>
        </Form.Item>
      )}
      {error && <Alert type="error" showIcon title={error} className="ud-form-alert" role="alert" />}
      <Button type="primary" htmlType="submit" loading={busy} data-testid="wizard-create">
        {t('wizard.vault.create')}
      </Button>
    </Form>
  );
}
