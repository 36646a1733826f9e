/** A document without a template: its type and summary; the union profile fills the header. */
import { Form, Input, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { DOC_TYPES, type DocTypeCode } from '../../shared/document-model';
import { SearchSelect } from '../common/SearchSelect';

export interface BlankValues {
  type?: DocTypeCode;
  summary?: string;
}

/** Template-style Markdown for docs.create: front matter only (JSON strings are valid YAML), an empty body. */
export function blankMarkdown(v: BlankValues): string {
  return [
    '---',
    `type: ${JSON.stringify(v.type ?? 'TB')}`,
    `summary: ${JSON.stringify((v.summary ?? '').trim())}`,
    '---',
    '',
  ].join('\n');
}

export function BlankDocForm({ form, onSubmit }: { form: FormInstance<BlankValues>; onSubmit: () => void }) {
  const { t } = useTranslation();
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ type: 'TB', summary: '' }}
      onFinish={onSubmit}
      data-testid="template-form-blank"
    >
      <Form.Item
        name="type"
        label={t('documents.fields.type')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <SearchSelect data-testid="blank-type" options={DOC_TYPES.map((d) => ({ value: d.code, label: d.name }))} />
      </Form.Item>
      <Form.Item
        name="summary"
        label={t('documents.fields.summary')}
        dependencies={['type']}
        rules={[
          ({ getFieldValue }) => ({
            required: getFieldValue('type') === 'CV',
            whitespace: true,
            message: t('documents.fields.summaryRequiredCV'),
          }),
          { max: 1000, message: t('validation.tooLong', { max: 1000 }) },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} data-testid="blank-summary" />
      </Form.Item>
    </Form>
  );
}
