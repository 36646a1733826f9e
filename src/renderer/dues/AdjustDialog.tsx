/** A dated correction of a month (closed or not), positive or negative, with its reason (`dues.adjust`). */
import { App, Form, Input, InputNumber, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DateInput } from '../common/DateInput';
import { FormError } from '../common/FormError';
import { useCoreForm } from '../common/useCoreForm';
import { monthLabel, vnd } from './format';
import { PaymentsList } from './PaymentsList';
import type { LedgerRow } from './useLedger';

interface Values {
  amount: number;
  date: Dayjs;
  reason: string;
}

const FIELDS = ['amount', 'date', 'reason'];

export function AdjustDialog({
  month,
  row,
  onClose,
  onDone,
}: {
  month: string;
  row: LedgerRow;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t, call, form, busy, error, submit } = useCoreForm<Values>(FIELDS);
  const { message } = App.useApp();
  const save = (v: Values) =>
    submit(async () => {
      await call('dues.adjust', {
        memberId: row.memberId,
        month,
        amount: v.amount,
        date: v.date.format('YYYY-MM-DD'),
        reason: v.reason,
      });
      void message.success(t('dues.adjust.saved'));
      onDone();
    });

  return (
    <Modal
      open
      title={t('dues.adjust.title', { month: monthLabel(month), name: row.fullName })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('dues.adjust.save')}
      cancelText={t('dues.ledger.cancel')}
      okButtonProps={{ loading: busy, ...{ 'data-testid': 'dues-adjust-ok' } }}
      width={520}
      destroyOnHidden
    >
      <div data-testid="dues-adjust-dialog">
        <Typography.Paragraph type="secondary">{t('dues.adjust.hint')}</Typography.Paragraph>
        <Typography.Paragraph>
          {t('dues.pay.month', {
            month: monthLabel(month),
            due: vnd(row.due),
            paid: vnd(row.paid),
            owing: vnd(row.owing),
          })}
        </Typography.Paragraph>
        <Form<Values> form={form} layout="vertical" disabled={busy} onFinish={save} initialValues={{ date: dayjs() }}>
          <div className="ud-dues-form-row">
            <Form.Item name="amount" label={t('dues.adjust.amount')} rules={[{ required: true }]}>
              <InputNumber<number> className="ud-full-width" precision={0} data-testid="dues-adjust-amount" />
            </Form.Item>
            <Form.Item name="date" label={t('dues.adjust.date')} rules={[{ required: true }]}>
              <DateInput allowClear={false} />
            </Form.Item>
          </div>
          <Form.Item name="reason" label={t('dues.adjust.reason')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={500} data-testid="dues-adjust-reason" />
          </Form.Item>
        </Form>
        <FormError error={error} />
        <PaymentsList memberId={row.memberId} month={month} onChanged={onDone} />
      </div>
    </Modal>
  );
}
