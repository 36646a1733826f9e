/** The organisation profile form (wizard step 3 and Settings). Saves with `org.update`. */
import { Alert, App, Button, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { ORG_KEYS, UPPER_LEVEL_TYPES, type OrgProfile } from '../../shared/contract';
import { FormError } from '../common/FormError';
import { useCoreForm } from '../common/useCoreForm';

type Values = { [K in keyof OrgProfile]?: OrgProfile[K] | undefined };

interface Props {
  initial: OrgProfile | null;
  submitLabel: string;
  onSaved: (profile: OrgProfile) => void;
}

function toInput(v: Values): OrgProfile {
  const s = (x: unknown) => (typeof x === 'string' ? x.trim() : '');
  return {
    name: s(v.name),
    shortName: s(v.shortName),
    enterprise: s(v.enterprise),
    address: s(v.address),
    place: s(v.place),
    upperLevelName: s(v.upperLevelName),
    upperLevelType: v.upperLevelType ?? null,
    chairName: s(v.chairName),
    term: s(v.term),
    email: s(v.email),
    phone: s(v.phone),
    workerCount: typeof v.workerCount === 'number' ? v.workerCount : null,
  };
}

export function OrgProfileForm({ initial, submitLabel, onSaved }: Props) {
  const { message } = App.useApp();
  const { t, call, form, busy, error, submit } = useCoreForm<Values>(ORG_KEYS);

  const save = (v: Values) =>
    submit(async () => {
      const saved = await call('org.update', toInput(v));
      void message.success(t('org.saved'));
      onSaved(saved);
    });

  const text = (key: keyof OrgProfile, opts: { required?: boolean; help?: string; max: number; type?: 'email' }) => (
    <Form.Item
      name={key}
      label={t(`org.fields.${key}`)}
      extra={opts.help}
      rules={[
        ...(opts.required ? [{ required: true, whitespace: true, message: t('validation.required') }] : []),
        { max: opts.max, message: t('validation.tooLong', { max: opts.max }) },
        ...(opts.type === 'email' ? [{ type: 'email' as const, message: t('validation.email') }] : []),
      ]}
    >
      <Input data-testid={`org-${key}`} />
    </Form.Item>
  );

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={initial ?? {}}
      onFinish={save}
      disabled={busy}
      className="ud-org-form"
    >
      {text('name', { required: true, help: t('org.fields.nameHelp'), max: 300 })}
      <Row gutter={16}>
        <Col xs={24} md={10}>
          {text('shortName', { max: 100 })}
        </Col>
        <Col xs={24} md={14}>
          {text('enterprise', { max: 300 })}
        </Col>
      </Row>
      {text('address', { max: 500 })}
      {text('place', { help: t('org.fields.placeHelp'), max: 100 })}
      <Row gutter={16}>
        <Col xs={24} md={14}>
          {text('upperLevelName', { max: 300 })}
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="upperLevelType" label={t('org.fields.upperLevelType')}>
            <Select
              data-testid="org-upperLevelType"
              allowClear
              placeholder={t('org.selectType')}
              options={UPPER_LEVEL_TYPES.map((type) => ({ value: type, label: t(`org.types.${type}`) }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Alert type="info" showIcon title={t('org.fields.upperLevelTypeHelp')} className="ud-form-alert" />
      <Row gutter={16}>
        <Col xs={24} md={14}>
          {text('chairName', { max: 200 })}
        </Col>
        <Col xs={24} md={10}>
          {text('term', { help: t('org.fields.termHelp'), max: 50 })}
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={14}>
          {text('email', { max: 200, type: 'email' })}
        </Col>
        <Col xs={24} md={10}>
          {text('phone', { max: 50 })}
        </Col>
      </Row>
      <Form.Item name="workerCount" label={t('org.fields.workerCount')} extra={t('org.fields.workerCountHelp')}>
        <InputNumber data-testid="org-workerCount" min={0} max={10_000_000} precision={0} style={{ width: 200 }} />
      </Form.Item>
      <FormError error={error} />
      <Button type="primary" htmlType="submit" loading={busy} data-testid="org-save">
        {submitLabel}
      </Button>
    </Form>
  );
}
