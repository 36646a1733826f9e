/**
 * A member's salary history for dues (from a month on): from the member's field, typed here, or imported from the
 * payroll sheet, each with where it came from. A new amount applies from its month until the next entry.
 */
import { App, Button, DatePicker, Form, Modal, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import type { CommandOutput } from '../../shared/contract';
import { detailText } from '../common/errors';
import { FormError } from '../common/FormError';
import { useCoreForm } from '../common/useCoreForm';
import { GroupedNumberInput } from '../documents/GroupedNumberInput';
import { monthLabel, toMonth, vnd } from './format';
import type { LedgerRow } from './useLedger';

type Salary = CommandOutput<'dues.salaries'>['items'][number];

interface Values {
  fromMonth: Dayjs;
  amount: number;
}

export function SalariesDialog({ row, month, onClose }: { row: LedgerRow; month: string; onClose: () => void }) {
  const { t, call, form, busy, error, submit } = useCoreForm<Values>(['fromMonth', 'amount']);
  const { message } = App.useApp();
  const [items, setItems] = useState<Salary[] | null>(null);

  const load = useCallback(async () => {
    try {
      const { items: list } = await call('dues.salaries', { memberId: row.memberId });
      setItems([...list].sort((a, b) => b.fromMonth.localeCompare(a.fromMonth)));
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
      await call('dues.setSalary', { memberId: row.memberId, fromMonth: toMonth(v.fromMonth), amount: v.amount });
      void message.success(t('dues.salary.saved'));
      form.resetFields();
      await load();
    });
  const remove = async (id: string) => {
    try {
      await call('dues.deleteSalary', { id });
      await load();
    } catch (err) {
      void message.error(detailText(t, err));
    }
  };

  return (
    <Modal
      open
      title={t('dues.salary.title', { name: row.fullName })}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('dues.import.close')}</Button>}
      width={600}
      destroyOnHidden
    >
      <div data-testid="dues-salaries">
        <Table<Salary>
          size="small"
          rowKey="id"
          loading={items === null}
          dataSource={items ?? []}
          pagination={{ pageSize: 6, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: t('dues.salary.none') }}
          columns={[
            { key: 'from', title: t('dues.salary.from'), render: (_, s) => monthLabel(s.fromMonth), width: 110 },
            { key: 'amount', title: t('dues.salary.amount'), align: 'right', render: (_, s) => vnd(s.amount) },
            {
              key: 'source',
              title: t('dues.salary.source'),
              render: (_, s) => <Tag>{t(`dues.salary.sources.${s.source}`)}</Tag>,
            },
            {
              key: 'delete',
              width: 70,
              render: (_, s) => (
                <Button size="small" type="link" danger onClick={() => void remove(s.id)}>
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
          initialValues={{ fromMonth: dayjs(`${month}-01`) }}
        >
          <div className="ud-dues-form-row">
            <Form.Item name="fromMonth" label={t('dues.salary.from')} rules={[{ required: true }]}>
              <DatePicker picker="month" format="MM/YYYY" allowClear={false} className="ud-full-width" />
            </Form.Item>
            <Form.Item name="amount" label={t('dues.salary.amount')} rules={[{ required: true }]}>
              <GroupedNumberInput data-testid="dues-salary-amount" />
            </Form.Item>
          </div>
          <Button htmlType="submit" type="primary" loading={busy} data-testid="dues-salary-add">
            {t('dues.salary.add')}
          </Button>
        </Form>
        <FormError error={error} />
      </div>
    </Modal>
  );
}
