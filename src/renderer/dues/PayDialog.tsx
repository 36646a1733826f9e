/**
 * One member's payment for a month (amount, method, date, collector), showing before it is recorded how it will be
 * allocated; below, the month's payments so far, each of which can be cancelled with a reason.
 */
import { App, Form, Input, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { PAYMENT_METHODS } from '../../shared/dues-contract';
import { FormError } from '../common/FormError';
import { DateInput } from '../common/DateInput';
import { useCoreForm } from '../common/useCoreForm';
import { GroupedNumberInput } from '../documents/GroupedNumberInput';
import { allocate, type MonthOwing } from './allocation';
import { addMonths, monthLabel, vnd } from './format';
import { PaymentsList } from './PaymentsList';
import type { LedgerRow } from './useLedger';

interface Values {
  amount: number;
  method: (typeof PAYMENT_METHODS)[number];
  date: Dayjs;
  collector?: string;
  note?: string;
}

const FIELDS = ['amount', 'method', 'date', 'collector', 'note'];

interface Props {
  month: string;
  row: LedgerRow;
  onClose: () => void;
  onDone: () => void;
}

export function PayDialog({ month, row, onClose, onDone }: Props) {
  const { t, call, form, busy, error, submit } = useCoreForm<Values>(FIELDS);
  const { message } = App.useApp();
  const [following, setFollowing] = useState<MonthOwing[]>([]);
  const amount = Form.useWatch('amount', form) ?? 0;

  useEffect(() => {
    let live = true;
    // The next twelve months' dues, to show where an advance goes; without them the preview says "later months".
    call('dues.history', { memberId: row.memberId, from: addMonths(month, 1), to: addMonths(month, 12) }).then(
      (h) => live && setFollowing(h.months),
      () => live && setFollowing([]),
    );
    return () => {
      live = false;
    };
  }, [call, month, row.memberId]);

  const { parts, rest } = allocate(month, row.owing, amount, following);
  const save = (v: Values) =>
    submit(async () => {
      await call('dues.pay', {
        month,
        memberId: row.memberId,
        amount: v.amount,
        method: v.method,
        date: v.date.format('YYYY-MM-DD'),
        ...(v.collector?.trim() ? { collector: v.collector.trim() } : {}),
        ...(v.note?.trim() ? { note: v.note.trim() } : {}),
      });
      void message.success(t('dues.pay.saved', { amount: vnd(v.amount) }));
      onDone();
    });

  return (
    <Modal
      open
      title={t('dues.pay.title', { name: row.fullName })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('dues.pay.save')}
      cancelText={t('dues.ledger.cancel')}
      okButtonProps={{ loading: busy, disabled: amount <= 0, ...{ 'data-testid': 'dues-pay-ok' } }}
      width={560}
      destroyOnHidden
    >
      <div data-testid="dues-pay-dialog">
        <Typography.Paragraph>
          {t('dues.pay.month', {
            month: monthLabel(month),
            due: vnd(row.due),
            paid: vnd(row.paid),
            owing: vnd(row.owing),
          })}
        </Typography.Paragraph>
        <Form<Values>
          form={form}
          layout="vertical"
          disabled={busy}
          onFinish={save}
          initialValues={{ amount: row.owing || row.due || undefined, method: 'cash', date: dayjs() }}
        >
          <div className="ud-dues-form-row">
            <Form.Item name="amount" label={t('dues.pay.amount')} rules={[{ required: true }]}>
              <GroupedNumberInput data-testid="dues-pay-amount" />
            </Form.Item>
            <Form.Item name="method" label={t('dues.pay.method')}>
              <Select
                options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`dues.methods.${m}`) }))}
                data-testid="dues-pay-method"
              />
            </Form.Item>
            <Form.Item name="date" label={t('dues.pay.date')} rules={[{ required: true }]}>
              <DateInput allowClear={false} data-testid="dues-pay-date" />
            </Form.Item>
          </div>
          <div className="ud-dues-form-row">
            <Form.Item name="collector" label={t('dues.pay.collector')}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="note" label={t('dues.pay.note')}>
              <Input maxLength={500} />
            </Form.Item>
          </div>
        </Form>
        {amount > 0 && (
          <div className="ud-dues-allocation" data-testid="dues-pay-allocation">
            <b>{t('dues.pay.allocation')}</b>
            <ul>
              {parts.map((p) => (
                <li key={p.month}>
                  {t(p.advance ? 'dues.pay.allocAdvance' : 'dues.pay.allocMonth', {
                    month: monthLabel(p.month),
                    amount: vnd(p.amount),
                  })}
                </li>
              ))}
              {rest > 0 && <li>{t('dues.pay.allocRest', { amount: vnd(rest) })}</li>}
            </ul>
          </div>
        )}
        <FormError error={error} />
        <PaymentsList memberId={row.memberId} month={month} onChanged={onDone} />
      </div>
    </Modal>
  );
}
