/**
 * One member field as a Form.Item, by kind: text, date (dd/mm/yyyy), gender, checkbox, money, union group, tags
 * (the register's tags offered, a new one typed).
 */
import { LockOutlined } from '@ant-design/icons';
import { AutoComplete, Checkbox, Form, Input, InputNumber, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../common/DateInput';
import { viIncludes } from '../common/SearchSelect';
import type { FieldSpec } from './fields';
import { digitsOnly } from './values';

const ID_NUMBER = /^(\d{9}|\d{12})$/;
const PHONE = /^0\d{9,10}$/;
const money = new Intl.NumberFormat('vi-VN');

const MAX_TAGS = 20;
const MAX_TAG_LENGTH = 50;

interface Props {
  spec: FieldSpec;
  unitNames: string[];
  /** Tags already used in the register. */
  tagNames?: string[];
}

export function FieldInput({ spec, unitNames, tagNames = [] }: Props) {
  const { t } = useTranslation();
  const { name, kind } = spec;
  const testId = `member-${name}`;
  const label = (
    <span>
      {t(`memberFields.${name}`)}
      {spec.sensitive && (
        <LockOutlined
          className="ud-sensitive-icon"
          title={t('members.form.sensitive')}
          aria-label={t('members.form.sensitive')}
        />
      )}
    </span>
  );
  const rules: Rule[] = [];
  if (spec.required) rules.push({ required: true, whitespace: true, message: t('validation.required') });
  if (spec.max) rules.push({ max: spec.max, message: t('validation.tooLong', { max: spec.max }) });
  const pattern = (re: RegExp, key: string): Rule => ({
    validator: (_r, v) => {
      const s = digitsOnly(v);
      return !s || re.test(s) ? Promise.resolve() : Promise.reject(new Error(t(key)));
    },
  });

  switch (kind) {
    case 'bool':
      return (
        <Form.Item
          name={name}
          valuePropName="checked"
          label=" "
          colon={false}
          extra={name === 'emailConsent' ? t('members.form.emailConsentHelp') : undefined}
        >
          <Checkbox data-testid={testId}>{label}</Checkbox>
        </Form.Item>
      );
    case 'date':
      return (
        <Form.Item name={name} label={label}>
          <DateInput placeholder={t('members.form.datePlaceholder')} data-testid={testId} />
        </Form.Item>
      );
    case 'gender':
      return (
        <Form.Item name={name} label={label}>
          <Select
            allowClear
            data-testid={testId}
            options={(['male', 'female'] as const).map((g) => ({ value: g, label: t(`members.genders.${g}`) }))}
          />
        </Form.Item>
      );
    case 'money':
      return (
        <Form.Item name={name} label={label}>
          <InputNumber<number>
            min={0}
            precision={0}
            className="ud-full-width"
            formatter={(v) => (v === undefined || v === null || `${v}` === '' ? '' : money.format(Number(v)))}
            parser={(v) => Number((v ?? '').replace(/\D/g, ''))}
            data-testid={testId}
          />
        </Form.Item>
      );
    case 'unit':
      return (
        <Form.Item name={name} label={label} rules={rules} extra={t('members.form.unitHelp')}>
          <AutoComplete
            allowClear
            data-testid={testId}
            options={unitNames.map((n) => ({ value: n }))}
            showSearch={{ filterOption: (input, option) => viIncludes(option?.value, input) }}
          />
        </Form.Item>
      );
    case 'tags':
      return (
        <Form.Item
          name={name}
          label={label}
          extra={t('members.form.tagsHelp')}
          rules={[
            {
              validator: (_r, v: string[] | undefined) =>
                (v ?? []).length > MAX_TAGS
                  ? Promise.reject(new Error(t('members.form.tagsTooMany', { max: MAX_TAGS })))
                  : (v ?? []).some((tag) => tag.trim().length > MAX_TAG_LENGTH)
                    ? Promise.reject(new Error(t('validation.tooLong', { max: MAX_TAG_LENGTH })))
                    : Promise.resolve(),
            },
          ]}
        >
          <Select<string[]>
            mode="tags"
            data-testid={testId}
            tokenSeparators={[',', ';']}
            options={tagNames.map((tag) => ({ value: tag }))}
            showSearch={{ filterOption: (input, option) => viIncludes(option?.value, input) }}
          />
        </Form.Item>
      );
    case 'textarea':
      return (
        <Form.Item name={name} label={label} rules={rules}>
          <Input.TextArea rows={3} data-testid={testId} />
        </Form.Item>
      );
    case 'idNumber':
      return (
        <Form.Item name={name} label={label} rules={[pattern(ID_NUMBER, 'members.form.idNumber')]}>
          <Input inputMode="numeric" data-testid={testId} />
        </Form.Item>
      );
    case 'phone':
      return (
        <Form.Item name={name} label={label} rules={[pattern(PHONE, 'members.form.phone')]}>
          <Input inputMode="tel" data-testid={testId} />
        </Form.Item>
      );
    case 'email':
      return (
        <Form.Item name={name} label={label} rules={[...rules, { type: 'email', message: t('validation.email') }]}>
          <Input inputMode="email" data-testid={testId} />
        </Form.Item>
      );
    default:
      return (
        <Form.Item name={name} label={label} rules={rules}>
          <Input data-testid={testId} />
        </Form.Item>
      );
  }
}
