/** Totals mode: the votes per candidate counted by hand and the invalid ballots → elections.update. */
import { Button, Form, InputNumber } from 'antd';
import type { Election } from '../../shared/elections-contract';
import { FormError } from '../common/FormError';
import { useCoreForm } from '../common/useCoreForm';

interface Values {
  votes: number[];
  invalid: number;
}

export function TotalsForm({ election, onSaved }: { election: Election; onSaved: () => void }) {
  const { t, call, form, busy, error, submit } = useCoreForm<Values>(['totals', 'invalid']);
  const names = election.candidates.map((c) => c.name);
  const save = (v: Values) =>
    submit(async () => {
      const totals = Object.fromEntries(names.map((n, i) => [n, v.votes?.[i] ?? 0]));
      await call('elections.update', { id: election.id, countBy: 'totals', totals, invalid: v.invalid ?? 0 });
      onSaved();
    });
  return (
    <Form<Values>
      form={form}
      layout="horizontal"
      labelCol={{ span: 14 }}
      onFinish={save}
      disabled={busy}
      data-testid="election-totals"
      initialValues={{ votes: names.map((n) => election.totals?.[n] ?? 0), invalid: election.invalid ?? 0 }}
    >
      {names.map((n, i) => (
        <Form.Item key={n} name={['votes', i]} label={`${i + 1}. ${n}`} className="ud-totals-row">
          <InputNumber min={0} precision={0} data-testid={`totals-${i}`} />
        </Form.Item>
      ))}
      <Form.Item name="invalid" label={t('elections.totals.invalid')} className="ud-totals-row">
        <InputNumber min={0} precision={0} data-testid="totals-invalid" />
      </Form.Item>
      <FormError error={error} testId="totals-error" />
      <Button type="primary" htmlType="submit" loading={busy} data-testid="totals-save">
        {t('elections.totals.save')}
      </Button>
    </Form>
  );
}
