/** For a new member only: how they enter the register (admitted or transferred in), when, and the decision. */
import { Col, Form, Input, Radio, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../common/DateInput';

export function AdmissionFields() {
  const { t } = useTranslation();
  return (
    <Row gutter={16}>
      <Col xs={24} md={10}>
        <Form.Item name="event" label={t('members.form.event')} initialValue="admitted">
          <Radio.Group
            optionType="button"
            options={[
              { value: 'admitted', label: t('members.form.eventAdmitted') },
              { value: 'transferred_in', label: t('members.form.eventTransferredIn') },
            ]}
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={7}>
        <Form.Item name="eventDate" label={t('members.form.eventDate')}>
          <DateInput placeholder={t('members.form.datePlaceholder')} />
        </Form.Item>
      </Col>
      <Col xs={12} md={7}>
        <Form.Item
          name="eventRef"
          label={t('members.form.eventRef')}
          rules={[{ max: 200, message: t('validation.tooLong', { max: 200 }) }]}
        >
          <Input />
        </Form.Item>
      </Col>
    </Row>
  );
}
