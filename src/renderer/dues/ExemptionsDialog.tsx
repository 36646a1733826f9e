/**
 * A member's exempt periods (sickness, maternity, unpaid leave…): no dues in them, and they never count as arrears.
 * Listed with a delete each; a new one is added below (months picked mm/yyyy).
 */
import { App, Button, DatePicker, Form, Input, Modal, Select, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import type { CommandOutput } from '../../shared/contract';
import { EXEMPT_REASONS } from '../../shared/dues-contract';
import { detailText } from '../common/errors';
import { FormError } from '../common/FormError';
import { useCoreForm } from '../common/useCoreForm';
import { monthLabel, toMonth } from './format';
import type { LedgerRow } from './useLedger';

type Exemption = CommandOutput<'dues.exemptions'>['items'][number];

interface Values {
  fromMonth: Dayjs;
  toMonth: Dayjs;
  reason: (typeof EXEMPT_REASONS)[number];
  note?: string;
}

export function ExemptionsDialog({ row, month, onClose }: { row: LedgerRow; month: string; onClose: () => void }) {
  const { t, call, form, busy, error, submit } = useCoreForm<Values>(['fromMonth', 'toMonth', 'reason', 'note']);
  const { message } = App.useApp();
  const [items, setItems] = useState<Exemption[] | null>(null);

  const load = useCallback(async () => {
    try {
      setItems((await call('dues.exemptions', { memberId: row.memberId })).items);
    } catch (err) {
      void message.error(detailText(t, err));
      setItems([]);
    }
  }, [call, row.memberId, message, t]);
  useEffect(() => {
    void load();
  }, [load]);

  const add = (v: Values) =>
    submit(async () => {
      await call('dues.setExemption', {
        memberId: row.memberId,
        fromMonth: toMonth(v.fromMonth),
        toMonth: toMonth(v.toMonth),
        reason: v.reason,
        note: v.note?.trim() || null,
      });
      void message.success(t('dues.exempt.saved'));
      form.resetFields();
      await load();
    });
  const remove = async (id: string) => {
    try {
      await call('dues.deleteExemption', { id });
      await load();
    } catch (err) {
      void message.error(detailText(t, err));
    }
  };

  const start = dayjs(`${month}-01`);
  return (
    <Modal
      open
      title={t('dues.exempt.title', { name: row.fullName })}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('dues.import.close')}</Button>}
      width={640}
      destroyOnHidden
    >
      <div data-testid="dues-exemptions">
        <Table<Exemption>
          size="small"
          rowKey="id"
          loading={items === null}
          dataSource={items ?? []}
          pagination={false}
          locale={{ emptyText: t('dues.exempt.none') }}
          columns={[
            { key: 'from', title: t('dues.exempt.from'), render: (_, e) => monthLabel(e.fromMonth), width: 90 },
            { key: 'to', title: t('dues.exempt.to'), render: (_, e) => monthLabel(e.toMonth), width: 90 },
            { key: 'reason', title: t('dues.exempt.reason'), render: (_, e) => t(`dues.reasons.${e.reason}`) },
            { key: 'note', title: t('dues.exempt.note'), dataIndex: 'note', ellipsis: true },
            {
              key: 'delete',
              width: 70,
              render: (_, e) => (
                <Button size="small" type="link" danger onClick={() => void remove(e.id)}>
                  {t('dues.exempt.delete')}
                </Button>
              ),
            },
          ]}
        />
        <Form<Values>
          form={form}
          layout="vertical"
          disabled={busy}
          onFinish={add}
          className="ud-dues-mt"
          initialValues={{ fromMonth: start, toMonth: start, reason: 'sickness' }}
        >
          <div className="ud-dues-form-row">
            <Form.Item name="fromMonth" label={t('dues.exempt.from')} rules={[{ required: true }]}>
              <DatePicker picker="month" format="MM/YYYY" allowClear={false} className="ud-full-width" />
            </Form.Item>
            <Form.Item name="toMonth" label={t('dues.exempt.to')} rules={[{ required: true }]}>
              <DatePicker picker="month" format="MM/YYYY" allowClear={false} className="ud-full-width" />
            </Form.Item>
            <Form.Item name="reason" label={t('dues.exempt.reason')}>
              <Select options={EXEMPT_REASONS.map((r) => ({ value: r, label: t(`dues.reasons.${r}`) }))} />
            </Form.Item>
          </div>
          <Form.Item name="note" label={t('dues.exempt.note')}>
            <Input maxLength={500} />
          </Form.Item>
          <Button htmlType="submit" type="primary" loading={busy} data-testid="dues-exempt-add">
            {t('dues.exempt.add')}
          </Button>
        </Form>
        <FormError error={error} />
      </div>
    </Modal>
  );
}
