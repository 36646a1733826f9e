/**
 * Thông tin & chương trình: kind, title, start and end (dd/mm/yyyy + HH:mm), place, online link, chair and secretary,
 * the agenda (title, presenter, time, attached papers). Without a meeting yet it creates one (meetings.create).
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Select, Space, TimePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import { MEETING_KINDS, type MeetingKind } from '../../shared/meetings-contract';
import { DateInput } from '../common/DateInput';
import { FormError } from '../common/FormError';
import { useCoreForm } from '../common/useCoreForm';
import { AttachmentSelect } from './AttachmentSelect';
import {
  agendaInput,
  attachmentKey,
  attachmentRefOf,
  joinLocal,
  personKey,
  personRefOf,
  splitLocal,
  type MeetingRecord,
  type PersonKey,
} from './meetingRecord';
import { enterStaysInDateFields, isTime, normaliseTime } from './formKeys';
import { PersonSelect } from './PersonSelect';

interface AgendaValues {
  title: string;
  presenter?: string;
  /** Typed as text ("8:30" becomes "08:30" on leaving the field); empty is allowed. */
  time?: string | null;
  attachments?: string[];
}

interface Values {
  kind: MeetingKind;
  title: string;
  startDate: Dayjs;
  startTime?: Dayjs | null;
  endDate?: Dayjs | null;
  endTime?: Dayjs | null;
  place?: string;
  onlineUrl?: string;
  chair?: PersonKey | null;
  secretary?: PersonKey | null;
  agenda: AgendaValues[];
}

const FIELDS = ['kind', 'title', 'place', 'onlineUrl', 'chair', 'secretary', 'agenda'];
const blank = (s: string | undefined) => (s && s.trim() ? s.trim() : null);

function initialValues(m: MeetingRecord | null): Partial<Values> {
  if (!m) return { kind: 'bch', agenda: [] };
  const start = splitLocal(m.startsAt);
  const end = splitLocal(m.endsAt);
  return {
    kind: m.kind,
    title: m.title,
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    place: m.place ?? undefined,
    onlineUrl: m.onlineUrl ?? undefined,
    chair: personKey(m.chair),
    secretary: personKey(m.secretary),
    agenda: m.agenda.map((a) => ({
      title: a.title,
      presenter: a.presenter ?? undefined,
      time: a.time ?? null,
      attachments: a.attachments.map(attachmentKey),
    })),
  };
}

export function InfoTab({ meeting, onSaved }: { meeting: MeetingRecord | null; onSaved: (id: string) => void }) {
  const { t, call, form, busy, error, submit } = useCoreForm<Values>(FIELDS);
  const known: Record<string, string> = {};
  for (const p of [meeting?.chair, meeting?.secretary]) if (p) known[personKey(p)!] = p.name;
  const attachmentNames: Record<string, string> = {};
  for (const a of meeting?.agenda.flatMap((i) => i.attachments) ?? []) attachmentNames[attachmentKey(a)] = a.name;

  const save = (v: Values) =>
    submit(async () => {
      const agenda = (v.agenda ?? []).map((a, i) => {
        const kept = meeting?.agenda[i];
        return {
          ...(kept ? agendaInput(kept) : { opinions: [], conclusion: null }),
          title: a.title,
          presenter: blank(a.presenter),
          time: normaliseTime(a.time),
          attachments: (a.attachments ?? []).map(attachmentRefOf),
        };
      });
      const fields = {
        kind: v.kind,
        title: v.title,
        startsAt: joinLocal(v.startDate, v.startTime)!,
        endsAt: v.endTime || v.endDate ? joinLocal(v.endDate ?? v.startDate, v.endTime) : null,
        place: blank(v.place),
        onlineUrl: blank(v.onlineUrl),
        chair: personRefOf(v.chair),
        secretary: personRefOf(v.secretary),
        agenda,
      };
      const { id } = meeting
        ? await call('meetings.update', { id: meeting.id, ...fields })
        : await call('meetings.create', fields);
      onSaved(id);
    });

  const required = [{ required: true, message: t('meetings.info.required') }];
  // An empty time is allowed; a typed one must read as HH:mm ("8:30" and "0830" are taken as 08:30).
  const timeRule = {
    validator: async (_: unknown, value: string | null | undefined) => {
      const time = normaliseTime(value);
      if (time !== null && !isTime(time)) throw new Error(t('meetings.info.badTime'));
    },
  };
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={initialValues(meeting)}
      onFinish={save}
      onKeyDown={enterStaysInDateFields}
      disabled={busy}
      data-testid="meeting-info"
    >
      <Row gutter={16}>
        <Col span={6}>
          <Form.Item name="kind" label={t('meetings.info.kind')} rules={required}>
            <Select
              data-testid="meeting-kind"
              options={MEETING_KINDS.map((k) => ({ value: k, label: t(`meetings.kinds.${k}`) }))}
            />
          </Form.Item>
        </Col>
        <Col span={18}>
          <Form.Item name="title" label={t('meetings.info.title')} rules={required}>
            <Input data-testid="meeting-title" maxLength={500} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label={t('meetings.info.start')} required>
            <Space.Compact className="ud-full-width">
              <Form.Item name="startDate" noStyle rules={required}>
                <DateInput placeholder={t('meetings.info.date')} data-testid="meeting-start-date" />
              </Form.Item>
              <Form.Item name="startTime" noStyle>
                <TimePicker
                  format="HH:mm"
                  needConfirm={false}
                  placeholder={t('meetings.info.time')}
                  data-testid="meeting-start-time"
                />
              </Form.Item>
            </Space.Compact>
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label={t('meetings.info.end')}>
            <Space.Compact className="ud-full-width">
              <Form.Item name="endDate" noStyle>
                <DateInput placeholder={t('meetings.info.date')} data-testid="meeting-end-date" />
              </Form.Item>
              <Form.Item name="endTime" noStyle>
                <TimePicker
                  format="HH:mm"
                  needConfirm={false}
                  placeholder={t('meetings.info.time')}
                  data-testid="meeting-end-time"
                />
              </Form.Item>
            </Space.Compact>
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="place" label={t('meetings.info.place')}>
            <Input data-testid="meeting-place" maxLength={500} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="onlineUrl" label={t('meetings.info.onlineUrl')} tooltip={t('meetings.info.onlineUrlHelp')}>
            <Input data-testid="meeting-online" placeholder="https://" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="chair" label={t('meetings.info.chair')}>
            <PersonSelect known={known} testId="meeting-chair" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="secretary" label={t('meetings.info.secretary')}>
            <PersonSelect known={known} testId="meeting-secretary" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('meetings.info.agenda')} className="ud-meeting-agenda">
        <Form.List name="agenda">
          {(items, { add, remove }) => (
            <>
              {items.length > 0 && (
                <Row gutter={8} className="ud-agenda-head" data-testid="agenda-head">
                  <Col span={2}>{t('meetings.info.itemTime')}</Col>
                  <Col span={10}>{t('meetings.info.agendaTitle')}</Col>
                  <Col span={5}>{t('meetings.info.presenter')}</Col>
                  <Col span={6}>{t('meetings.info.attachments')}</Col>
                </Row>
              )}
              {items.map((item) => (
                <Row key={item.key} gutter={8} align="top" data-testid={`agenda-${item.name}`}>
                  <Col span={2}>
                    <Form.Item name={[item.name, 'time']} rules={[timeRule]} validateTrigger="onBlur">
                      <Input
                        placeholder={t('meetings.info.itemTime')}
                        maxLength={5}
                        data-time-field
                        data-testid={`agenda-${item.name}-time`}
                        onBlur={(e) => {
                          const time = normaliseTime(e.target.value);
                          if (time !== (e.target.value || null))
                            form.setFieldValue(['agenda', item.name, 'time'], time ?? undefined);
                        }}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={10}>
                    <Form.Item name={[item.name, 'title']} rules={required}>
                      {/* A long item wraps instead of being cut with no way to read it; Enter adds no line. */}
                      <Input.TextArea
                        autoSize={{ minRows: 1, maxRows: 6 }}
                        maxLength={500}
                        placeholder={t('meetings.info.agendaTitle')}
                        data-testid={`agenda-${item.name}-title`}
                        onPressEnter={(e) => e.preventDefault()}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name={[item.name, 'presenter']}>
                      <Input placeholder={t('meetings.info.presenter')} data-testid={`agenda-${item.name}-presenter`} />
                    </Form.Item>
                  </Col>
                  <Col span={6}>
                    <Form.Item name={[item.name, 'attachments']}>
                      <AttachmentSelect
                        meetingId={meeting?.id ?? null}
                        known={attachmentNames}
                        testId={`agenda-${item.name}-attachments`}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={1}>
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      onClick={() => remove(item.name)}
                      aria-label={t('meetings.info.removeItem')}
                      title={t('meetings.info.removeItem')}
                    />
                  </Col>
                </Row>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ title: '' })} data-testid="agenda-add">
                {t('meetings.info.addItem')}
              </Button>
            </>
          )}
        </Form.List>
      </Form.Item>
      <FormError error={error} testId="meeting-info-error" />
      <Button type="primary" htmlType="submit" loading={busy} data-testid="meeting-save">
        {t('meetings.view.save')}
      </Button>
    </Form>
  );
}
