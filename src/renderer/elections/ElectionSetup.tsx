/**
 * An election's set-up: what is elected, seats, the rule's denominator, ballots issued and collected, the delegates,
 * the counting committee, and the candidates in ballot order (members of the register or names). elections.update.
 */
import { DeleteOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { DENOMINATORS } from '../../shared/elections/tally';
import { ELECTED_BODIES, type Election } from '../../shared/elections-contract';
import { DateInput } from '../common/DateInput';
import { FormError } from '../common/FormError';
import { useCoreForm } from '../common/useCoreForm';
import { enterStaysInDateFields } from '../meetings/formKeys';
import { PersonSelect } from '../meetings/PersonSelect';

interface Values {
  body: Election['body'];
  electing: string;
  meetingId: string | null;
  seats: number;
  denominator: Election['denominator'];
  issued: number;
  collected: number;
  convened: number | null;
  present: number | null;
  date: Dayjs | null;
  place: string;
  counters: string;
  countBy: Election['countBy'];
  candidates: { name: string; memberId: string | null }[];
}

const FIELDS = ['body', 'electing', 'meetingId', 'seats', 'denominator', 'issued', 'collected', 'convened', 'present'];

export function ElectionSetup({ election, onSaved }: { election: Election; onSaved: () => void }) {
  const { t, call, form, busy, error, submit } = useCoreForm<Values>([...FIELDS, 'candidates', 'countBy']);
  const [meetings, setMeetings] = useState<{ value: string; label: string }[]>([]);
  const [picked, setPicked] = useState(0);
  useEffect(() => {
    call('meetings.list', {}).then(
      (r) => setMeetings(r.items.map((m) => ({ value: m.id, label: m.title }))),
      () => setMeetings([]),
    );
  }, [call]);

  const save = (v: Values) =>
    submit(async () => {
      await call('elections.update', {
        id: election.id,
        body: v.body,
        electing: v.electing,
        meetingId: v.meetingId ?? null,
        seats: v.seats,
        denominator: v.denominator,
        issued: v.issued ?? 0,
        collected: v.collected ?? 0,
        convened: v.convened ?? null,
        present: v.present ?? null,
        date: v.date ? v.date.format('YYYY-MM-DD') : null,
        place: v.place?.trim() || null,
        counters: (v.counters ?? '')
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean),
        countBy: v.countBy,
        candidates: (v.candidates ?? []).map((c) => ({ name: c.name.trim(), memberId: c.memberId ?? null })),
      });
      onSaved();
    });

  const required = [{ required: true, message: t('elections.form.required') }];
  const num = (name: keyof Values, label: string, req = false) => (
    <Col span={4}>
      <Form.Item name={name} label={label} rules={req ? required : []}>
        <InputNumber min={0} precision={0} className="ud-full-width" data-testid={`election-${name}`} />
      </Form.Item>
    </Col>
  );
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={save}
      onKeyDown={enterStaysInDateFields}
      disabled={busy}
      data-testid="election-setup"
      initialValues={{
        ...election,
        date: election.date ? dayjs(election.date) : null,
        place: election.place ?? '',
        counters: election.counters.join('\n'),
      }}
    >
      <Row gutter={12}>
        <Col span={5}>
          <Form.Item name="body" label={t('elections.form.body')} rules={required}>
            <Select options={ELECTED_BODIES.map((b) => ({ value: b, label: t(`elections.bodies.${b}`) }))} />
          </Form.Item>
        </Col>
        <Col span={11}>
          <Form.Item name="electing" label={t('elections.form.electing')} rules={required}>
            <Input placeholder={t('elections.form.electingExample')} data-testid="election-electing" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="meetingId" label={t('elections.form.meeting')}>
            <Select
              allowClear
              placeholder={t('elections.form.noMeeting')}
              options={meetings}
              data-testid="election-meeting"
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={4}>
          <Form.Item name="seats" label={t('elections.form.seats')} rules={required}>
            <InputNumber min={1} precision={0} className="ud-full-width" data-testid="election-seats" />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="denominator" label={t('elections.form.denominator')}>
            <Select options={DENOMINATORS.map((d) => ({ value: d, label: t(`elections.denominators.${d}`) }))} />
          </Form.Item>
        </Col>
        {num('issued', t('elections.form.issued'), true)}
        {num('collected', t('elections.form.collected'), true)}
        {num('convened', t('elections.form.convened'))}
        {num('present', t('elections.form.present'))}
      </Row>
      <Row gutter={12}>
        <Col span={4}>
          <Form.Item name="date" label={t('elections.form.date')}>
            <DateInput placeholder={t('meetings.info.date')} data-testid="election-date" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="place" label={t('elections.form.place')}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="counters" label={t('elections.form.counters')}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 5 }} />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="countBy" label={t('elections.form.countBy')}>
            <Radio.Group
              options={[
                { value: 'ballots', label: t('elections.form.byBallots') },
                { value: 'totals', label: t('elections.form.byTotals') },
              ]}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('elections.form.candidates')}>
        <Form.List name="candidates">
          {(rows, { add, remove }) => (
            <>
              <ol className="ud-candidate-list">
                {rows.map((row) => (
                  <li key={row.key}>
                    <Form.Item name={[row.name, 'name']} rules={required} noStyle>
                      <Input className="ud-candidate-name" data-testid={`candidate-${row.name}`} />
                    </Form.Item>
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      onClick={() => remove(row.name)}
                      aria-label={t('elections.form.removeCandidate')}
                      title={t('elections.form.removeCandidate')}
                    />
                  </li>
                ))}
              </ol>
              <PersonSelect
                key={picked}
                autoFocus={picked > 0}
                value={null}
                testId="candidate-add"
                placeholder={t('elections.form.addCandidate')}
                onPick={(p) => {
                  add({ name: p.name, memberId: p.memberId });
                  setPicked((n) => n + 1); // a fresh picker: empty, closed, ready for the next name
                }}
              />
            </>
          )}
        </Form.List>
      </Form.Item>
      <FormError error={error} testId="election-setup-error" />
      <Button type="primary" htmlType="submit" loading={busy} data-testid="election-save">
        {t('elections.form.save')}
      </Button>
    </Form>
  );
}
