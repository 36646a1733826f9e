/**
 * The official fields of a document (thể thức): type, upper-level body, issuer and its code, place and date, summary,
 * one to three signers, recipients one per line. The number is the register's (shown in the header). An issued
 * document keeps its type and date: those belong to its entry in the register.
 */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, type FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import { DOC_TYPES } from '../../shared/document-model';
import { SearchSelect } from '../common/SearchSelect';
import { DateInput } from '../common/DateInput';
import type { FieldValues } from './fieldValues';

interface Props {
  form: FormInstance<FieldValues>;
  initialValues: FieldValues;
  issued: boolean;
  readOnly: boolean;
  onChange: () => void;
}

export function FieldsForm({ form, initialValues, issued, readOnly, onChange }: Props) {
  const { t } = useTranslation();
  const f = (key: string) => t(`documents.fields.${key}`);
  const max = (n: number): Rule => ({ max: n, message: t('validation.tooLong', { max: n }) });
  const required: Rule = { required: true, whitespace: true, message: t('validation.required') };

  return (
    <Form<FieldValues>
      form={form}
      layout="vertical"
      size="small"
      initialValues={initialValues}
      onValuesChange={onChange}
      disabled={readOnly}
      className="ud-doc-fields"
      data-testid="doc-fields"
    >
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item
            name="type"
            label={f('type')}
            rules={[{ required: true, message: t('validation.required') }]}
            tooltip={issued ? f('issuedLocked') : undefined}
          >
            <SearchSelect
              disabled={issued}
              data-testid="doc-field-type"
              options={DOC_TYPES.map((d) => ({ value: d.code, label: d.name }))}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item
            name="date"
            label={f('date')}
            rules={[{ required: true, message: t('validation.required') }]}
            tooltip={issued ? f('issuedLocked') : undefined}
          >
            <DateInput
              disabled={issued}
              placeholder={f('datePlaceholder')}
              allowClear={false}
              data-testid="doc-field-date"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="place" label={f('place')} rules={[max(100)]}>
            <Input data-testid="doc-field-place" />
          </Form.Item>
        </Col>
        {/* Full rows: the names are long ("Công đoàn cơ sở Công ty …") and were cut off at 1366×768. */}
        <Col span={24}>
          <Form.Item name="upperLevel" label={f('upperLevel')} rules={[max(300)]}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} data-testid="doc-field-upperLevel" />
          </Form.Item>
        </Col>
        <Col xs={17} md={18}>
          <Form.Item name="issuer" label={f('issuer')} rules={[required, max(300)]}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} data-testid="doc-field-issuer" />
          </Form.Item>
        </Col>
        <Col xs={7} md={6}>
          <Form.Item name="issuerCode" label={f('issuerCode')} rules={[max(50)]}>
            <Input data-testid="doc-field-issuerCode" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="summary" label={f('summary')} rules={[max(1000)]}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} data-testid="doc-field-summary" />
          </Form.Item>
        </Col>
      </Row>
      <div className="ud-doc-subtitle">{f('signers')}</div>
      <Form.List name="signers">
        {(rows, { add, remove }) => (
          <div data-testid="doc-field-signers">
            {rows.map((row, i) => (
              <Row gutter={8} key={row.key} className="ud-signer-row" align="bottom">
                <Col xs={24} md={12}>
                  <Form.Item
                    name={[row.name, 'authority']}
                    label={f('authority')}
                    tooltip={f('authorityHelp')}
                    rules={[max(200)]}
                  >
                    <Input placeholder="TM. BAN CHẤP HÀNH" data-testid={`doc-field-signers-${i}-authority`} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name={[row.name, 'position']} label={f('position')} rules={[max(200)]}>
                    <Input placeholder="CHỦ TỊCH" data-testid={`doc-field-signers-${i}-position`} />
                  </Form.Item>
                </Col>
                <Col span={rows.length > 1 ? 22 : 24}>
                  <Form.Item name={[row.name, 'name']} label={f('name')} rules={[max(200)]}>
                    <Input data-testid={`doc-field-signers-${i}-name`} />
                  </Form.Item>
                </Col>
                {rows.length > 1 && (
                  <Col span={2} className="ud-signer-remove">
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      onClick={() => remove(row.name)}
                      title={f('removeSigner')}
                      aria-label={f('removeSigner')}
                      data-testid={`doc-signer-remove-${i}`}
                    />
                  </Col>
                )}
              </Row>
            ))}
            {rows.length < 3 && !readOnly && (
              <Button
                type="dashed"
                size="small"
                icon={<PlusOutlined />}
                onClick={() => add({ authority: '', position: '', name: '' }, 0)}
                className="ud-signer-add"
                data-testid="doc-signer-add"
              >
                {f('addSigner')}
              </Button>
            )}
          </div>
        )}
      </Form.List>
      <Form.Item name="recipients" label={f('recipients')} extra={f('recipientsHelp')} className="ud-recipients">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} data-testid="doc-field-recipients" />
      </Form.Item>
    </Form>
  );
}
