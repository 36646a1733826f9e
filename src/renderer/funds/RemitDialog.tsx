/**
 * The remittance to the upper level: a date range previewed first (dues collected, the upper level's share, any
 * remittance already recorded for an overlapping range), then recorded as a payment only when the user says so.
 */
import { Alert, App, Button, Descriptions, Form, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { CommandOutput } from '../../shared/contract';
import { FUND_ACCOUNTS } from '../../shared/funds-contract';
import { DateInput } from '../common/DateInput';
import { FormError } from '../common/FormError';
import { useFundsForm } from '../funds/useFundsForm';
import { thisYear, vnd, yearEnd, yearStart } from './format';

interface Values {
  from: Dayjs;
  to: Dayjs;
  account: (typeof FUND_ACCOUNTS)[number];
  date: Dayjs;
}
type Preview = CommandOutput<'funds.remitPreview'>;

const iso = (d: Dayjs) => d.format('YYYY-MM-DD');

export function RemitDialog({ year, onClose, onDone }: { year: number; onClose: () => void; onDone: () => void }) {
  const { t, call, form, busy, error, submit } = useFundsForm<Values>(['from', 'to', 'account', 'date']);
  const { message } = App.useApp();
  const [preview, setPreview] = useState<Preview | null>(null);
  const end = year === thisYear() ? dayjs() : dayjs(yearEnd(year));

  const look = () =>
    submit(async () => {
      const v = await form.validateFields(['from', 'to']);
      setPreview(await call('funds.remitPreview', { from: iso(v.from), to: iso(v.to) }));
    });
  const record = (v: Values) =>
    submit(async () => {
      const r = await call('funds.remit', { from: iso(v.from), to: iso(v.to), account: v.account, date: iso(v.date) });
      void message.success(t('funds.remit.saved', { code: r.code, amount: vnd(r.amount) }));
      onDone();
    });

  return (
    <Modal
      open
      title={t('funds.remit.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('funds.remit.record')}
      okButtonProps={{
        loading: busy,
        disabled: !preview || preview.amount <= 0,
        ...{ 'data-testid': 'funds-remit-ok' },
      }}
      width={560}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={record}
        disabled={busy}
        onValuesChange={(changed) => ('from' in changed || 'to' in changed) && setPreview(null)}
        initialValues={{ from: dayjs(yearStart(year)), to: end, account: 'bank', date: end }}
      >
        <div className="ud-funds-form-row">
          <Form.Item name="from" label={t('funds.remit.from')} rules={[{ required: true }]}>
            <DateInput allowClear={false} data-testid="funds-remit-from" />
          </Form.Item>
          <Form.Item name="to" label={t('funds.remit.to')} rules={[{ required: true }]}>
            <DateInput allowClear={false} data-testid="funds-remit-to" />
          </Form.Item>
          <Form.Item label=" ">
            <Button onClick={look} data-testid="funds-remit-preview">
              {t('funds.remit.preview')}
            </Button>
          </Form.Item>
        </div>
        {preview && (
          <>
            <Descriptions
              size="small"
              column={1}
              bordered
              data-testid="funds-remit-figures"
              items={[
                { key: 'c', label: t('funds.remit.collected'), children: vnd(preview.collected) },
                {
                  key: 's',
                  label: t('funds.remit.share', { percent: preview.percent }),
                  children: <b data-testid="funds-remit-amount">{vnd(preview.amount)}</b>,
                },
              ]}
            />
            {preview.alreadyRemitted.length > 0 && (
              <Alert
                type="warning"
                showIcon
                style={{ marginTop: 8 }}
                title={t('funds.remit.already', {
                  list: preview.alreadyRemitted.map((r) => `${r.code} (${vnd(r.amount)})`).join(', '),
                })}
              />
            )}
            {preview.amount <= 0 && <Alert type="info" style={{ marginTop: 8 }} title={t('funds.remit.nothing')} />}
            <div className="ud-funds-form-row" style={{ marginTop: 12 }}>
              <Form.Item name="account" label={t('funds.remit.account')}>
                <Select options={FUND_ACCOUNTS.map((a) => ({ value: a, label: t(`funds.accounts.${a}`) }))} />
              </Form.Item>
              <Form.Item name="date" label={t('funds.remit.date')} rules={[{ required: true }]}>
                <DateInput allowClear={false} data-testid="funds-remit-date" />
              </Form.Item>
            </div>
          </>
        )}
      </Form>
      <FormError error={error} />
    </Modal>
  );
}
