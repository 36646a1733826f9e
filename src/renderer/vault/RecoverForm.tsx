/** Recovery: the recovery key and a new passphrase twice → `vault.recover`. */
import { App, Button, Form, Input, Typography } from 'antd';
import { FormError } from '../common/FormError';
import { useCoreForm } from '../common/useCoreForm';
import { PassphraseFields } from './PassphraseFields';

interface Values {
  recoveryKey: string;
  newPassphrase: string;
  confirm: string;
}

export function RecoverForm({ onRecovered, onBack }: { onRecovered: () => void; onBack: () => void }) {
  const { message } = App.useApp();
  const { t, call, form, busy, error, submit } = useCoreForm<Values>(
    ['recoveryKey', 'newPassphrase'],
    { WRONG_SECRET: 'recoveryKey' },
    { WRONG_SECRET: 'errors.WRONG_RECOVERY_KEY' },
  );

  const recover = (v: Values) =>
    submit(async () => {
      await call('vault.recover', { recoveryKey: v.recoveryKey.trim(), newPassphrase: v.newPassphrase });
      void message.success(t('recover.done'));
      onRecovered();
    });

  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={recover} disabled={busy}>
      <Typography.Paragraph>{t('recover.intro')}</Typography.Paragraph>
      <Form.Item
        name="recoveryKey"
        label={t('recover.recoveryKey')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input className="ud-mono" data-testid="recover-key" autoComplete="off" spellCheck={false} autoFocus />
      </Form.Item>
      <PassphraseFields name="newPassphrase" labelKey="recover.newPassphrase" testId="recover-passphrase" />
      <FormError error={error} />
      <Button type="primary" htmlType="submit" loading={busy} block data-testid="recover-submit">
        {t('recover.submit')}
      </Button>
      <Button type="link" className="ud-link-below" onClick={onBack} disabled={false}>
        {t('recover.back')}
      </Button>
    </Form>
  );
}
