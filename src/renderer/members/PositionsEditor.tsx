/** Union positions (BCH, UBKT, group leader…) with body, term and dates: a Form.List inside the member form. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Col, Form, Input, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../common/DateInput';

const TITLES = ['chair', 'vice', 'member', 'leader', 'deputy'] as const;
const BODIES = ['bch', 'ubkt', 'group'] as const;

export function PositionsEditor() {
  const { t } = useTranslation();
  const titleOptions = TITLES.map((k) => ({ value: t(`members.positions.titles.${k}`) }));
  const bodyOptions = BODIES.map((k) => ({ value: t(`members.positions.bodies.${k}`) }));
  return (
    <Form.List name="positions">
      {(fields, { add, remove }) => (
        <div data-testid="member-positions">
          {fields.length === 0 && (
            <Typography.Paragraph type="secondary">{t('members.positions.empty')}</Typography.Paragraph>
          )}
          {fields.map(({ key, name }) => (
            <div key={key} className="ud-position">
              <Row gutter={12}>
                <Col xs={24} md={9}>
                  <Form.Item
                    name={[name, 'title']}
                    label={t('members.positions.title')}
                    rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
                  >
                    <AutoComplete options={titleOptions} data-testid={`position-${name}-title`} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={9}>
                  <Form.Item name={[name, 'body']} label={t('members.positions.body')}>
                    <AutoComplete options={bodyOptions} data-testid={`position-${name}-body`} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={6}>
                  <Form.Item name={[name, 'term']} label={t('members.positions.term')}>
                    <Input placeholder="2025–2030" />
                  </Form.Item>
                </Col>
                <Col xs={12} md={9}>
                  <Form.Item name={[name, 'from']} label={t('members.positions.from')}>
                    <DateInput placeholder={t('members.form.datePlaceholder')} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={9}>
                  <Form.Item name={[name, 'to']} label={t('members.positions.to')}>
                    <DateInput placeholder={t('members.form.datePlaceholder')} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={6} className="ud-position-remove">
                  <Button danger type="text" icon={<DeleteOutlined />} onClick={() => remove(name)}>
                    {t('members.positions.remove')}
                  </Button>
                </Col>
              </Row>
            </div>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add({ title: '' })} data-testid="position-add">
            {t('members.positions.add')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
