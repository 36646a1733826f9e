/** The quorum per meeting kind (không yêu cầu / quá 1/2 / ít nhất 2/3) → settings.update { meetingQuorum }. */
import { App, Button, Divider, Form, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { MEETING_KINDS } from '../../shared/meetings-contract';
import type { AppSettings } from '../../shared/contract';
import { FormError } from '../common/FormError';
import { useCoreForm } from '../common/useCoreForm';

type Quorum = AppSettings['meetingQuorum'];
const RULES = ['none', 'half', 'twoThirds'] as const;

export function MeetingQuorumSetting() {
  const { t, call, form, busy, error, submit } = useCoreForm<Quorum>([...MEETING_KINDS]);
  const { message } = App.useApp();
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    call('settings.get', {}).then(
      (s) => {
        form.setFieldsValue(s.meetingQuorum);
        setLoaded(true);
      },
      () => setLoaded(true),
    );
  }, [call, form]);

  const save = (meetingQuorum: Quorum) =>
    submit(async () => {
      const s = await call('settings.update', { meetingQuorum });
      form.setFieldsValue(s.meetingQuorum);
      void message.success(t('meetings.quorumSetting.saved'));
    });

  return (
    <Form<Quorum>
      form={form}
      layout="horizontal"
      labelCol={{ span: 10 }}
      onFinish={save}
      disabled={!loaded || busy}
      className="ud-narrow"
      data-testid="quorum-setting"
    >
      <Divider />
      <Typography.Title level={5}>{t('meetings.quorumSetting.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('meetings.quorumSetting.help')}</Typography.Paragraph>
      {MEETING_KINDS.map((kind) => (
        <Form.Item key={kind} name={kind} label={t(`meetings.kinds.${kind}`)} className="ud-quorum-row">
          <Select
            className="ud-quorum-select"
            data-testid={`quorum-${kind}`}
            options={RULES.map((r) => ({ value: r, label: t(`meetings.quorumSetting.${r}`) }))}
          />
        </Form.Item>
      ))}
      <FormError error={error} testId="quorum-error" />
      <Button htmlType="submit" loading={busy} data-testid="quorum-save">
        {t('meetings.quorumSetting.save')}
      </Button>
    </Form>
  );
}
