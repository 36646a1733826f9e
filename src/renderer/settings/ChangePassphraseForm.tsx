import { App, Button, Form, Input } from 'antd';
import { FormError } from '../common/FormError';
import { useCoreForm } from '../common/useCoreForm';
import { PassphraseFields } from '../vault/PassphraseFields';

interface Values {
  currentPassphrase: string;
  newPassphrase: string;
  confirm: string;
}

export function ChangePassphraseForm() {
  const { message } = App.useApp();
  const { t, call, form, busy, error, submit } = useCoreForm<Values>(
    ['currentPassphrase', 'newPassphrase'],
    { WRONG_SECRET: 'currentPassphrase' },
    { WRONG_SECRET: 'errors.WRONG_CURRENT' },
  );

  const save = (v: Values) =>
    submit(async () => {
      await call('vault.changePassphrase', { currentPassphrase: v.currentPassphrase, newPassphrase: v.newPassphrase });
      form.resetFields();
      void message.success(t('security.changed'));
    });

  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={save} disabled={busy}>
      <Form.Item
        name="currentPassphrase"
        label={t('security.current')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <Input.Password autoComplete="current-password" data-testid="security-current" />
      </Form.Item>
      <PassphraseFields name="newPassphrase" labelKey="security.newPassphrase" testId="security-new" />
      <FormError error={error} />
      <Button type="primary" htmlType="submit" loading={busy} data-testid="security-change">
        {t('security.change')}
      </Button>
    </Form>
  );
}
