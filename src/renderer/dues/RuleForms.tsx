/** Adding a rate (from a date) and a base salary: each asked as a dry run first, saved after its impact is shown. */
import { App, Button, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { DUES_ROUNDINGS } from '../../shared/dues-contract';
import { DateInput } from '../common/DateInput';
import { detailText } from '../common/errors';
import { FormError } from '../common/FormError';
import { useCoreForm } from '../common/useCoreForm';
import { GroupedNumberInput } from '../documents/GroupedNumberInput';
import { confirmImpact } from './impact';

interface RuleValues {
  from: Dayjs;
  rate: number;
  rounding: (typeof DUES_ROUNDINGS)[number];
  capBaseMultiple?: number;
  fixedAmount?: number;
  higherRate?: number;
  higherRateRef?: string;
}

const RULE_FIELDS = ['from', 'rate', 'rounding', 'capBaseMultiple', 'fixedAmount', 'higherRate', 'higherRateRef'];

export function RuleForm({ onSaved }: { onSaved: () => void }) {
  const { t, call, form, busy, error, submit } = useCoreForm<RuleValues>(RULE_FIELDS);
  const [saveError, setError] = useState<string | null>(null);
  const { modal } = App.useApp();
  const save = (v: RuleValues) =>
    submit(async () => {
      setError(null);
      const input = {
        from: v.from.format('YYYY-MM-DD'),
        rate: v.rate,
        rounding: v.rounding,
        ...(v.capBaseMultiple ? { capBaseMultiple: v.capBaseMultiple } : {}),
        fixedAmount: v.fixedAmount ?? null,
        higherRate: v.higherRate ?? null,
        higherRateRef: v.higherRateRef?.trim() || null,
      };
      const impact = await call('dues.setRule', { ...input, dryRun: true });
      confirmImpact(
        modal,
        t,
        impact,
        async () => {
          await call('dues.setRule', input);
          form.resetFields();
          onSaved();
        },
        (err) => setError(detailText(t, err)),
      );
    });
  return (
    <Form<RuleValues>
      form={form}
      layout="vertical"
      disabled={busy}
      onFinish={save}
      initialValues={{ rounding: 1, capBaseMultiple: 0.1 }}
      className="ud-dues-mt"
      data-testid="dues-rule-form"
    >
      <div className="ud-dues-form-row">
        <Form.Item name="from" label={t('dues.rules.from')} rules={[{ required: true }]}>
          <DateInput data-testid="dues-rule-from" />
        </Form.Item>
        <Form.Item name="rate" label={t('dues.rules.rate')} rules={[{ required: true }]}>
          <InputNumber<number> min={0.01} max={10} step={0.1} className="ud-full-width" data-testid="dues-rule-rate" />
        </Form.Item>
        <Form.Item name="rounding" label={t('dues.rules.rounding')}>
          <Select options={DUES_ROUNDINGS.map((r) => ({ value: r, label: t(`dues.rules.roundings.${r}`) }))} />
        </Form.Item>
        <Form.Item name="capBaseMultiple" label={t('dues.rules.cap')}>
          <InputNumber<number> min={0.001} max={10} step={0.01} className="ud-full-width" />
        </Form.Item>
      </div>
      <div className="ud-dues-form-row">
        <Form.Item name="fixedAmount" label={t('dues.rules.fixed')}>
          <GroupedNumberInput placeholder={t('dues.rules.fixedAuto')} />
        </Form.Item>
        <Form.Item name="higherRate" label={t('dues.rules.higher')}>
          <InputNumber<number> min={0.01} max={10} step={0.1} className="ud-full-width" />
        </Form.Item>
        <Form.Item name="higherRateRef" label={t('dues.rules.higherRef')}>
          <Input maxLength={200} />
        </Form.Item>
      </div>
      <FormError error={error ?? saveError} />
      <Button type="primary" htmlType="submit" loading={busy} data-testid="dues-rule-save">
        {t('dues.rules.addRule')}
      </Button>
    </Form>
  );
}

interface BaseValues {
  from: Dayjs;
  amount: number;
}

export function BaseSalaryForm({ onSaved }: { onSaved: () => void }) {
  const { t, call, form, busy, error, submit } = useCoreForm<BaseValues>(['from', 'amount']);
  const [saveError, setError] = useState<string | null>(null);
  const { modal } = App.useApp();
  const save = (v: BaseValues) =>
    submit(async () => {
      setError(null);
      const input = { from: v.from.format('YYYY-MM-DD'), amount: v.amount };
      const impact = await call('dues.setBaseSalary', { ...input, dryRun: true });
      confirmImpact(
        modal,
        t,
        impact,
        async () => {
          await call('dues.setBaseSalary', input);
          form.resetFields();
          onSaved();
        },
        (err) => setError(detailText(t, err)),
      );
    });
  return (
    <Form<BaseValues>
      form={form}
      layout="vertical"
      disabled={busy}
      onFinish={save}
      className="ud-dues-mt"
      data-testid="dues-base-form"
    >
      <div className="ud-dues-form-row">
        <Form.Item name="from" label={t('dues.rules.from')} rules={[{ required: true }]}>
          <DateInput data-testid="dues-base-from" />
        </Form.Item>
        <Form.Item name="amount" label={t('dues.rules.amount')} rules={[{ required: true }]}>
          <GroupedNumberInput data-testid="dues-base-amount" />
        </Form.Item>
      </div>
      <FormError error={error ?? saveError} />
      <Button type="primary" htmlType="submit" loading={busy} data-testid="dues-base-save">
        {t('dues.rules.addBase')}
      </Button>
    </Form>
  );
}
