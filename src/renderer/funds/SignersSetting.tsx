/** The names printed on vouchers and books (kế toán, thủ quỹ) → settings.update { fundsSigners }. */
import { App, Button, Divider, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { AppSettings } from '../../shared/contract';
import { FormError } from '../common/FormError';
import { useFundsForm } from '../funds/useFundsForm';

type Signers = AppSettings['fundsSigners'];

export function FundsSignersSetting() {
  const { t, call, form, busy, error, submit } = useFundsForm<Signers>(['accountant', 'cashier']);
  const { message } = App.useApp();
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    call('settings.get', {}).then(
      (s) => {
        form.setFieldsValue(s.fundsSigners);
        setLoaded(true);
      },
      () => setLoaded(true),
    );
  }, [call, form]);

  const save = (v: Signers) =>
    submit(async () => {
      const fundsSigners = { accountant: (v.accountant ?? '').trim(), cashier: (v.cashier ?? '').trim() };
      const s = await call('settings.update', { fundsSigners });
      form.setFieldsValue(s.fundsSigners);
      void message.success(t('funds.signers.saved'));
    });

  return (
    <Form<Signers>
      form={form}
      layout="horizontal"
      labelCol={{ span: 10 }}
      onFinish={save}
      disabled={!loaded || busy}
      className="ud-narrow"
      data-testid="funds-signers"
    >
      <Divider />
      <Typography.Title level={5}>{t('funds.signers.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('funds.signers.help')}</Typography.Paragraph>
      <Form.Item name="accountant" label={t('funds.signers.accountant')}>
        <Input maxLength={100} data-testid="funds-signers-accountant" />
      </Form.Item>
      <Form.Item name="cashier" label={t('funds.signers.cashier')}>
        <Input maxLength={100} data-testid="funds-signers-cashier" />
      </Form.Item>
      <FormError error={error} />
      <Button htmlType="submit" loading={busy} data-testid="funds-signers-save">
        {t('funds.signers.save')}
      </Button>
    </Form>
  );
}
