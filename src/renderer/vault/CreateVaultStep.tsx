import { Button, Checkbox, Form, Typography } from 'antd';
import { FormError } from '../common/FormError';
import { useCoreForm } from '../common/useCoreForm';
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
  const { t, call, form, busy, error, submit } = useCoreForm<Values>(['passphrase', 'useKeystore']);

  const create = (v: Values) =>
    submit(async () => {
      const input = keystoreAvailable
        ? { passphrase: v.passphrase, useKeystore: !!v.useKeystore }
        : { passphrase: v.passphrase };
      const { recoveryKey } = await call('vault.create', input);
      onCreated(recoveryKey);
    });

  return (
    <Form form={form} layout="vertical" onFinish={create} requiredMark={false} disabled={busy}>
      <Typography.Paragraph>{t('wizard.vault.intro')}</Typography.Paragraph>
      <PassphraseFields name="passphrase" labelKey="wizard.vault.passphrase" testId="wizard-passphrase" autoFocus />
      {keystoreAvailable && (
        <Form.Item name="useKeystore" valuePropName="checked" extra={t('wizard.vault.useKeystoreHelp')}>
          <Checkbox data-testid="wizard-keystore">{t('wizard.vault.useKeystore')}</Checkbox>
        </Form.Item>
      )}
      <FormError error={error} />
      <Button type="primary" htmlType="submit" loading={busy} data-testid="wizard-create" className="ud-vault-submit">
        {t('wizard.vault.create')}
      </Button>
    </Form>
  );
}
