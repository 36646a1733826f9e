/**
 * Ý kiến & biểu quyết: for each agenda item the speakers' opinions and its conclusion; the motions with their counts.
 * Percentages and "passed" are the core's (meeting.motions after the save), never computed here.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Form, Input, InputNumber, Row, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { MOTION_RULES } from '../../shared/meetings-contract';
import { FormError } from '../common/FormError';
import { useCoreForm } from '../common/useCoreForm';
import { agendaInput, type MeetingRecord } from './meetingRecord';

interface Values {
  agenda: { opinions: { speaker: string; text: string }[]; conclusion?: string }[];
  motions: { text: string; for: number; against: number; abstain: number; rule: 'majority' | 'twoThirds' }[];
}

export function OpinionsTab({ meeting, onSaved }: { meeting: MeetingRecord; onSaved: () => void }) {
  const { t, call, form, busy, error, submit } = useCoreForm<Values>(['agenda', 'motions']);
  const { i18n } = useTranslation();
  const required = [{ required: true, message: t('meetings.info.required') }];
  // 66,67% in Vietnamese (66.67% in English), as the Bầu cử results print theirs.
  const pct = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 2 });
  const initial: Values = {
    agenda: meeting.agenda.map((a) => ({ opinions: a.opinions, conclusion: a.conclusion ?? undefined })),
    motions: meeting.motions.map((m) => ({
      text: m.text,
      for: m.for,
      against: m.against,
      abstain: m.abstain,
      rule: m.rule,
    })),
  };

  const save = (v: Values) =>
    submit(async () => {
      const agenda = meeting.agenda.map((item, i) => ({
        ...agendaInput(item),
        opinions: v.agenda?.[i]?.opinions ?? [],
        conclusion: v.agenda?.[i]?.conclusion?.trim() || null,
      }));
      const motions = (v.motions ?? []).map((m) => ({ ...m, abstain: m.abstain ?? 0 }));
      await call('meetings.update', { id: meeting.id, agenda, motions });
      onSaved();
    });

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={save}
      disabled={busy}
      data-testid="meeting-opinions"
    >
      {meeting.agenda.length === 0 && (
        <Alert type="info" showIcon className="ud-meeting-alert" title={t('meetings.opinions.noAgenda')} />
      )}
      {meeting.agenda.map((item, i) => (
        <Card
          key={i}
          size="small"
          className="ud-meeting-card"
          title={t('meetings.opinions.item', { n: i + 1, title: item.title })}
        >
          <Form.List name={['agenda', i, 'opinions']}>
            {(rows, { add, remove }) => (
              <>
                {rows.map((row) => (
                  <Row key={row.key} gutter={8}>
                    <Col span={6}>
                      <Form.Item name={[row.name, 'speaker']} rules={required}>
                        <Input
                          placeholder={t('meetings.opinions.speaker')}
                          data-testid={`opinion-${i}-${row.name}-speaker`}
                        />
                      </Form.Item>
                    </Col>
                    <Col span={17}>
                      <Form.Item name={[row.name, 'text']} rules={required}>
                        <Input.TextArea
                          autoSize={{ minRows: 1, maxRows: 6 }}
                          placeholder={t('meetings.opinions.text')}
                          data-testid={`opinion-${i}-${row.name}-text`}
                        />
                      </Form.Item>
                    </Col>
                    <Col span={1}>
                      <Button
                        type="text"
                        icon={<DeleteOutlined />}
                        onClick={() => remove(row.name)}
                        aria-label={t('meetings.opinions.removeOpinion')}
                        title={t('meetings.opinions.removeOpinion')}
                      />
                    </Col>
                  </Row>
                ))}
                <Button size="small" icon={<PlusOutlined />} onClick={() => add()} data-testid={`opinion-${i}-add`}>
                  {t('meetings.opinions.addOpinion')}
                </Button>
              </>
            )}
          </Form.List>
          <Form.Item name={['agenda', i, 'conclusion']} label={t('meetings.opinions.conclusion')} className="ud-mt">
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} data-testid={`conclusion-${i}`} />
          </Form.Item>
        </Card>
      ))}
      <Card size="small" className="ud-meeting-card" title={t('meetings.opinions.motions')}>
        <Form.List name="motions">
          {(rows, { add, remove }) => (
            <>
              {rows.length > 0 && (
                <Row gutter={8} className="ud-motion-head">
                  <Col span={8}>{t('meetings.opinions.motionText')}</Col>
                  <Col span={3}>{t('meetings.opinions.for')}</Col>
                  <Col span={3}>{t('meetings.opinions.against')}</Col>
                  <Col span={3}>{t('meetings.opinions.abstain')}</Col>
                  <Col span={6}>{t('meetings.opinions.rule')}</Col>
                </Row>
              )}
              {rows.map((row) => {
                const result = meeting.motions[row.name];
                return (
                  <Row key={row.key} gutter={8} align="top" data-testid={`motion-${row.name}`}>
                    <Col span={8}>
                      <Form.Item name={[row.name, 'text']} rules={required}>
                        <Input.TextArea
                          autoSize={{ minRows: 1, maxRows: 4 }}
                          placeholder={t('meetings.opinions.motionText')}
                          data-testid={`motion-${row.name}-text`}
                        />
                      </Form.Item>
                    </Col>
                    {(['for', 'against', 'abstain'] as const).map((k) => (
                      <Col span={3} key={k}>
                        <Form.Item name={[row.name, k]} rules={k === 'abstain' ? [] : required}>
                          <InputNumber
                            min={0}
                            precision={0}
                            className="ud-full-width"
                            placeholder={t(`meetings.opinions.${k}`)}
                            title={t(`meetings.opinions.${k}`)}
                            data-testid={`motion-${row.name}-${k}`}
                          />
                        </Form.Item>
                      </Col>
                    ))}
                    <Col span={6}>
                      <Form.Item name={[row.name, 'rule']}>
                        <Select
                          options={MOTION_RULES.map((r) => ({ value: r, label: t(`meetings.opinions.rules.${r}`) }))}
                        />
                      </Form.Item>
                      {result && (
                        <div className="ud-motion-result" data-testid={`motion-${row.name}-result`}>
                          <Tag color={result.passed ? 'success' : 'error'}>
                            {t(result.passed ? 'meetings.opinions.passed' : 'meetings.opinions.failed')}
                          </Tag>
                          <span className="ud-muted">
                            {t('meetings.opinions.percent', {
                              for: pct.format(result.percentFor),
                              against: pct.format(result.percentAgainst),
                              abstain: pct.format(result.percentAbstain),
                            })}
                          </span>
                        </div>
                      )}
                    </Col>
                    <Col span={1}>
                      <Button
                        type="text"
                        icon={<DeleteOutlined />}
                        onClick={() => remove(row.name)}
                        aria-label={t('meetings.opinions.removeMotion')}
                        title={t('meetings.opinions.removeMotion')}
                      />
                    </Col>
                  </Row>
                );
              })}
              <Button
                size="small"
                icon={<PlusOutlined />}
                onClick={() => add({ text: '', rule: 'majority', abstain: 0 })}
                data-testid="motion-add"
              >
                {t('meetings.opinions.addMotion')}
              </Button>
            </>
          )}
        </Form.List>
      </Card>
      <FormError error={error} testId="meeting-opinions-error" />
      <Button type="primary" htmlType="submit" loading={busy} data-testid="opinions-save">
        {t('meetings.view.save')}
      </Button>
    </Form>
  );
}
