/** The opening balance of an account for the first year of the books (later years carry the closing over). */
import { App, Form, Modal, Select, Typography } from 'antd';
import { FUND_ACCOUNTS } from '../../shared/funds-contract';
import { FormError } from '../common/FormError';
import { useFundsForm } from '../funds/useFundsForm';
import { GroupedNumberInput } from '../documents/GroupedNumberInput';

interface Values {
  account: (typeof FUND_ACCOUNTS)[number];
  amount: number;
}

export function OpeningDialog({ year, onClose, onDone }: { year: number; onClose: () => void; onDone: () => void }) {
  const { t, call, form, busy, error, submit } = useFundsForm<Values>(['account', 'amount']);
  const { message } = App.useApp();
  const save = (v: Values) =>
    submit(async () => {
      await call('funds.setOpening', { account: v.account, year, amount: v.amount ?? 0 });
      void message.success(t('funds.opening.saved'));
      onDone();
    });
  return (
    <Modal
      open
      title={t('funds.opening.title', { year })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('funds.opening.save')}
      okButtonProps={{ loading: busy, ...{ 'data-testid': 'funds-opening-ok' } }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('funds.opening.help')}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" onFinish={save} disabled={busy} initialValues={{ account: 'cash' }}>
        <Form.Item name="account" label={t('funds.opening.account')}>
          <Select
            options={FUND_ACCOUNTS.map((a) => ({ value: a, label: t(`funds.accounts.${a}`) }))}
            data-testid="funds-opening-account"
          />
        </Form.Item>
        <Form.Item name="amount" label={t('funds.opening.amount')} rules={[{ required: true }]}>
          <GroupedNumberInput data-testid="funds-opening-amount" />
        </Form.Item>
      </Form>
      <FormError error={error} />
    </Modal>
  );
}
