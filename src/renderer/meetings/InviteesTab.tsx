/**
 * Khách mời: members one by one, whole union groups, the BCH, and guests from outside the union. The count of those
 * convened is the core's (groups and the BCH expanded, each person once), shown after each save.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Col, Form, Input, Row } from 'antd';
import { useEffect, useState } from 'react';
import type { InviteeRef } from '../../shared/meetings-contract';
import type { Unit } from '../../shared/members-contract';
import { FormError } from '../common/FormError';
import { SearchSelect } from '../common/SearchSelect';
import { useCoreForm } from '../common/useCoreForm';
import type { MeetingRecord, PersonKey } from './meetingRecord';
import { PersonSelect } from './PersonSelect';

interface Values {
  members: PersonKey[];
  units: string[];
  bch: boolean;
  guests: { name: string; organisation?: string }[];
}

function initialValues(m: MeetingRecord): Values {
  const v: Values = { members: [], units: [], bch: false, guests: [] };
  for (const i of m.invitees) {
    if (i.type === 'member' && i.memberId) v.members.push(`m:${i.memberId}`);
    else if (i.type === 'unit' && i.unitId) v.units.push(i.unitId);
    else if (i.type === 'bch') v.bch = true;
    else if (i.type === 'guest') v.guests.push({ name: i.name, organisation: i.organisation ?? undefined });
  }
  return v;
}

export function InviteesTab(props: { meeting: MeetingRecord; convened: number; onSaved: () => void }) {
  const { meeting, convened, onSaved } = props;
  const { t, call, form, busy, error, submit } = useCoreForm<Values>(['invitees']);
  const [units, setUnits] = useState<Unit[]>([]);
  useEffect(() => {
    call('units.list', {}).then(setUnits, () => setUnits([]));
  }, [call]);
  const known: Record<string, string> = {};
  for (const i of meeting.invitees) if (i.type === 'member' && i.memberId) known[`m:${i.memberId}`] = i.name;

  const save = (v: Values) =>
    submit(async () => {
      const invitees: InviteeRef[] = [
        ...(v.bch ? [{ bch: true as const }] : []),
        ...(v.units ?? []).map((unitId) => ({ unitId })),
        ...(v.members ?? []).map((k) => ({ memberId: k.slice(2) })),
        ...(v.guests ?? []).map((g) => ({ name: g.name, organisation: g.organisation?.trim() || null })),
      ];
      await call('meetings.update', { id: meeting.id, invitees });
      onSaved();
    });

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={initialValues(meeting)}
      onFinish={save}
      disabled={busy}
      data-testid="meeting-invitees"
    >
      <Alert
        type="info"
        showIcon
        className="ud-meeting-alert"
        title={<span data-testid="meeting-convened">{t('meetings.invitees.convened', { n: convened })}</span>}
        description={t('meetings.invitees.convenedHelp')}
      />
      <Form.Item name="bch" valuePropName="checked">
        <Checkbox data-testid="invitees-bch">{t('meetings.invitees.bch')}</Checkbox>
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="units" label={t('meetings.invitees.units')}>
            <SearchSelect<string[]>
              mode="multiple"
              options={units.map((u) => ({ value: u.id, label: `${u.name} (${u.memberCount})` }))}
              data-testid="invitees-units"
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="members" label={t('meetings.invitees.members')}>
            <PersonSelect multiple known={known} testId="invitees-members" placeholder="" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('meetings.invitees.guests')}>
        <Form.List name="guests">
          {(items, { add, remove }) => (
            <>
              {items.map((item) => (
                <Row key={item.key} gutter={8}>
                  <Col span={10}>
                    <Form.Item
                      name={[item.name, 'name']}
                      rules={[{ required: true, message: t('meetings.info.required') }]}
                    >
                      <Input placeholder={t('meetings.invitees.guestName')} data-testid={`guest-${item.name}-name`} />
                    </Form.Item>
                  </Col>
                  <Col span={13}>
                    <Form.Item name={[item.name, 'organisation']}>
                      <Input placeholder={t('meetings.invitees.guestOrg')} data-testid={`guest-${item.name}-org`} />
                    </Form.Item>
                  </Col>
                  <Col span={1}>
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      onClick={() => remove(item.name)}
                      aria-label={t('meetings.invitees.removeGuest')}
                      title={t('meetings.invitees.removeGuest')}
                    />
                  </Col>
                </Row>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ name: '' })} data-testid="guest-add">
                {t('meetings.invitees.addGuest')}
              </Button>
            </>
          )}
        </Form.List>
      </Form.Item>
      <FormError error={error} testId="meeting-invitees-error" />
      <Button type="primary" htmlType="submit" loading={busy} data-testid="invitees-save">
        {t('meetings.view.save')}
      </Button>
    </Form>
  );
}
