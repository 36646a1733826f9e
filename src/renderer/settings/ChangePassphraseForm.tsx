import { Alert, App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { fieldErrors, placeFieldErrors } from '../common/errors';
import { useSubmit } from '../api/useSubmit';
import { PassphraseFields } from '../vault/PassphraseFields';

interface Values {
  currentPassphrase: string;
  newPassphrase: string;
  confirm: string;
}

export function ChangePassphraseForm() {
  const { t } = useTranslation();
  const { call } = useApi();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { busy, error, run } = useSubmit();

  const submit = (v: Values) =>
    run(
      async () => {
        await call('vault.changePassphrase', {
          currentPassphrase: v.currentPassphrase,
          newPassphrase: v.newPassphrase,
        });
        form.resetFields();
        void message.success(t('security.changed'));
      },
      (err) =>
        placeFieldErrors(
          form,
          fieldErrors(
            t,
            err,
            ['currentPassphrase', 'newPassphrase'],
            { WRONG_SECRET: 'currentPassphrase' },
            { WRONG_SECRET: 'errors.WRONG_CURRENT' },
          ),
        ),
    );

  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} disabled={busy}>
      <Form.Item
        name="currentPassphrase"
        label={t('security.current')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <Input.Password autoComplete="current-password" data-testid="security-current" />
      </Form.Item>
      <PassphraseFields
        name="newPassphrase"
        confirmName="confirm"
        label={t('security.newPassphrase')}
        confirmLabel={t('security.newPassphraseConfirm')}
        testId="security-new"
        confirmTestId="security-new-confirm"
      />
      {error && <Alert type="error" showIcon title={error} className="ud-form-alert" role="alert" />}
      <Button type="primary" htmlType="submit" loading={busy} data-testid="security-change">
        {t('security.change')}
      </Button>
    </Form>
  );
}
