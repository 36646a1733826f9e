/**
 * One template variable as a form item, by kind: text, long text, date (dd/mm/yyyy), number, money (VND), lines, table.
 */
import { Form, Input } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../common/DateInput';
import { GroupedNumberInput } from './GroupedNumberInput';
import { ItemListInput } from './ItemListInput';
import { columnHints, exampleHint, itemColumns, kindOf, type TemplateVariable } from './templateData';

/** Labels that already say so: "Ghi chú thêm (có thể để trống)". */
const SAYS_OPTIONAL = /để trống|không bắt buộc|tuỳ chọn|tùy chọn/i;

export function VariableInput({ variable }: { variable: TemplateVariable }) {
  const { t } = useTranslation();
  const name = variable.name;
  const testId = `template-var-${name}`;
  const required = variable.required !== false;
  const label = (
    <span>
      {variable.label || name}
      {!required && !SAYS_OPTIONAL.test(variable.label ?? '') && (
        <span className="ud-muted"> {t('documents.picker.optional')}</span>
      )}
    </span>
  );
  const rules: Rule[] = required ? [{ required: true, message: t('validation.required') }] : [];
  const textRules: Rule[] = required ? [{ required: true, whitespace: true, message: t('validation.required') }] : [];
  const ex = exampleHint(variable);
  const placeholder = ex ? t('documents.picker.examplePlaceholder', { example: ex }) : undefined;

  switch (kindOf(variable)) {
    case 'date':
      return (
        <Form.Item name={name} label={label} rules={rules}>
          <DateInput placeholder={t('documents.fields.datePlaceholder')} data-testid={testId} />
        </Form.Item>
      );
    case 'number':
      return (
        <Form.Item name={name} label={label} rules={rules}>
          <GroupedNumberInput placeholder={placeholder} data-testid={testId} />
        </Form.Item>
      );
    case 'money':
      return (
        <Form.Item name={name} label={label} rules={rules}>
          <GroupedNumberInput
            precision={0}
            suffix={t('documents.picker.currency')}
            placeholder={placeholder}
            data-testid={testId}
          />
        </Form.Item>
      );
    case 'lines':
      return (
        <Form.Item name={name} label={label} rules={textRules} extra={t('documents.picker.linesHelp')}>
          <Input.TextArea autoSize={{ minRows: 3 }} placeholder={placeholder} data-testid={testId} />
        </Form.Item>
      );
    case 'items':
      return (
        <Form.Item label={label} required={required} className="ud-items-item">
          <ItemListInput name={name} columns={itemColumns(variable)} hints={columnHints(variable)} testId={testId} />
        </Form.Item>
      );
    case 'longText':
      return (
        <Form.Item name={name} label={label} rules={textRules}>
          <Input.TextArea autoSize={{ minRows: 2 }} placeholder={placeholder} data-testid={testId} />
        </Form.Item>
      );
    default:
      return (
        <Form.Item name={name} label={label} rules={textRules}>
          <Input placeholder={placeholder} data-testid={testId} />
        </Form.Item>
      );
  }
}
