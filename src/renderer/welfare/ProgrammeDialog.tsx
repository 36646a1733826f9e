/**
 * A new programme: name, kind, the day, capacity, and who may register (active members; only those in heavy or
 * hazardous work; only one union group with its sub-groups).
 */
import { App, Checkbox, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { PROGRAMME_KINDS } from '../../shared/welfare-contract';
import { DateInput } from '../common/DateInput';
import { FormError } from '../common/FormError';
import { SearchTreeSelect } from '../common/SearchSelect';
import { useFundsForm } from '../funds/useFundsForm';
import { unitTree } from '../members/unitTree';
import { useUnits } from '../members/useUnits';

interface Values {
  name: string;
  kind: (typeof PROGRAMME_KINDS)[number];
  capacity: number;
  hazardousOnly?: boolean;
  unitId?: string;
  date?: Dayjs | null;
  note?: string;
}

const FIELDS = ['name', 'kind', 'capacity', 'hazardousOnly', 'unitId', 'date', 'note'];

export function ProgrammeDialog({ onClose, onDone }: { onClose: () => void; onDone: (id: string) => void }) {
  const { t, call, form, busy, error, submit } = useFundsForm<Values>(FIELDS);
  const { message } = App.useApp();
  const { units } = useUnits();
  const tree = useMemo(() => unitTree(units ?? []), [units]);
  const save = (v: Values) =>
    submit(async () => {
      const p = await call('welfare.addProgramme', {
        name: v.name.trim(),
        kind: v.kind,
        capacity: v.capacity,
        ...(v.hazardousOnly ? { hazardousOnly: true } : {}),
        ...(v.unitId ? { unitId: v.unitId } : {}),
        ...(v.date ? { date: v.date.format('YYYY-MM-DD') } : {}),
        ...(v.note?.trim() ? { note: v.note.trim() } : {}),
      });
      void message.success(t('welfare.programmes.saved'));
      onDone(p.id);
    });
  return (
    <Modal
      open
      title={t('welfare.programmes.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('welfare.programmes.save')}
      okButtonProps={{ loading: busy, ...{ 'data-testid': 'welfare-programme-ok' } }}
      width={600}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        disabled={busy}
        onFinish={save}
        initialValues={{ kind: 'health-check' }}
      >
        <Form.Item name="name" label={t('welfare.programmes.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={300} data-testid="welfare-programme-name" />
        </Form.Item>
        <div className="ud-funds-form-row">
          <Form.Item name="kind" label={t('welfare.programmes.kind')}>
            <Select options={PROGRAMME_KINDS.map((k) => ({ value: k, label: t(`welfare.programmeKinds.${k}`) }))} />
          </Form.Item>
          <Form.Item name="date" label={t('welfare.programmes.date')}>
            <DateInput />
          </Form.Item>
          <Form.Item name="capacity" label={t('welfare.programmes.capacity')} rules={[{ required: true }]}>
            <InputNumber
              min={1}
              max={100_000}
              precision={0}
              className="ud-full-width"
              data-testid="welfare-programme-capacity"
            />
          </Form.Item>
        </div>
        <Form.Item name="unitId" label={t('welfare.programmes.unit')}>
          <SearchTreeSelect<string>
            allowClear
            treeData={tree}
            treeDefaultExpandAll
            placeholder={t('welfare.programmes.allUnits')}
          />
        </Form.Item>
        <Form.Item name="hazardousOnly" valuePropName="checked">
          <Checkbox data-testid="welfare-programme-hazardous">{t('welfare.programmes.hazardousOnly')}</Checkbox>
        </Form.Item>
        <Form.Item name="note" label={t('welfare.programmes.note')}>
          <Input maxLength={1000} />
        </Form.Item>
      </Form>
      <FormError error={error} />
    </Modal>
  );
}
