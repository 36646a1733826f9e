/**
 * "Đánh dấu cả tổ đã nộp": everyone in the group who still owes for the month is ticked; untick those who did not
 * pay (they go to the core as exceptions). Each one ticked pays exactly what they still owe for the month.
 */
import { App, Form, Input, Modal, Select, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { PAYMENT_METHODS } from '../../shared/dues-contract';
import { DateInput } from '../common/DateInput';
import { FormError } from '../common/FormError';
import { useCoreForm } from '../common/useCoreForm';
import { monthLabel, vnd } from './format';
import type { LedgerRow } from './useLedger';
import { rowTestId } from './rowTestId';

interface Values {
  method: (typeof PAYMENT_METHODS)[number];
  date: Dayjs;
  collector?: string;
}

interface Props {
  month: string;
  unitId: string | undefined;
  unitName: string;
  rows: LedgerRow[];
  onClose: () => void;
  onDone: () => void;
}

export function BulkPayDialog({ month, unitId, unitName, rows, onClose, onDone }: Props) {
  const { t, call, form, busy, error, submit } = useCoreForm<Values>(['method', 'date', 'collector']);
  const { message } = App.useApp();
  const owing = useMemo(() => rows.filter((r) => r.owing > 0 && !r.exempt), [rows]);
  const [selected, setSelected] = useState<string[]>(() => owing.map((r) => r.memberId));
  const chosen = new Set(selected);
  const amount = owing.reduce((sum, r) => sum + (chosen.has(r.memberId) ? r.owing : 0), 0);

  const save = (v: Values) =>
    submit(async () => {
      const except = owing.filter((r) => !chosen.has(r.memberId)).map((r) => r.memberId);
      const res = await call('dues.pay', {
        month,
        all: true,
        ...(unitId ? { unitId } : {}),
        ...(except.length ? { except } : {}),
        method: v.method,
        date: v.date.format('YYYY-MM-DD'),
        ...(v.collector?.trim() ? { collector: v.collector.trim() } : {}),
      });
      void message.success(t('dues.bulk.done', { members: res.members, amount: vnd(res.total) }));
      onDone();
    });

  return (
    <Modal
      open
      title={t('dues.bulk.title', { unit: unitName, month: monthLabel(month) })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('dues.bulk.ok')}
      cancelText={t('dues.ledger.cancel')}
      okButtonProps={{ loading: busy, disabled: selected.length === 0, ...{ 'data-testid': 'dues-bulk-ok' } }}
      width={720}
      destroyOnHidden
    >
      <div data-testid="dues-bulk-dialog">
        <Typography.Paragraph type="secondary">{t('dues.bulk.hint')}</Typography.Paragraph>
        <Form<Values>
          form={form}
          layout="vertical"
          disabled={busy}
          onFinish={save}
          initialValues={{ method: 'cash', date: dayjs() }}
        >
          <div className="ud-dues-form-row">
            <Form.Item name="method" label={t('dues.pay.method')}>
              <Select options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`dues.methods.${m}`) }))} />
            </Form.Item>
            <Form.Item name="date" label={t('dues.pay.date')} rules={[{ required: true }]}>
              <DateInput allowClear={false} />
            </Form.Item>
            <Form.Item name="collector" label={t('dues.pay.collector')}>
              <Input maxLength={200} />
            </Form.Item>
          </div>
        </Form>
        <Typography.Text strong data-testid="dues-bulk-selected">
          {t('dues.bulk.selected', { n: selected.length, total: owing.length, amount: vnd(amount) })}
        </Typography.Text>
        <Table<LedgerRow>
          virtual
          size="small"
          rowKey="memberId"
          dataSource={owing}
          pagination={false}
          scroll={{ y: 260 }}
          rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }}
          locale={{ emptyText: t('dues.bulk.none') }}
          onRow={rowTestId('dues-bulk-row')}
          columns={[
            { key: 'fullName', title: t('dues.ledger.columns.fullName'), dataIndex: 'fullName', ellipsis: true },
            { key: 'unit', title: t('dues.ledger.columns.unit'), dataIndex: 'unit', ellipsis: true, width: 160 },
            {
              key: 'owing',
              title: t('dues.ledger.columns.owing'),
              align: 'right',
              width: 120,
              render: (_, r) => vnd(r.owing),
            },
          ]}
        />
        <FormError error={error} />
      </div>
    </Modal>
  );
}
