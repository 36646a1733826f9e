/**
 * "Chuyển trạng thái": only the moves the lifecycle allows from the current status, with date, reason and an
 * optional decision number. The core's refusals (CONFLICT, a date before the last change) show in the dialog.
 */
import { Alert, Form, Input, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member, MemberStatus } from '../../shared/members-contract';
import { useApi } from '../api/ApiContext';
import { useSubmit } from '../api/useSubmit';
import { showFieldErrors } from '../common/errors';
import { DateInput } from '../common/DateInput';
import { StatusTag } from './StatusTag';
import { NEXT_STATUSES } from './transitions';

interface Values {
  status: MemberStatus;
  date: Dayjs;
  reason: string;
  ref?: string;
}

interface Props {
  member: Member;
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}

export function StatusDialog({ member, open, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const { call } = useApi();
  const [form] = Form.useForm<Values>();
  const { busy, error, setError, run } = useSubmit();
  const next = NEXT_STATUSES[member.status];
  // Each opening starts afresh (the Form may mount after this effect and then keeps what the store holds).
  useEffect(() => {
    if (!open) return;
    form.setFieldsValue({
      status: next.length === 1 ? next[0] : undefined,
      date: dayjs(),
      reason: undefined,
      ref: undefined,
    });
    setError(null);
  }, [open, form, next]);

  const submit = async (v: Values) => {
    await run(
      async () => {
        await call('members.setStatus', {
          id: member.id,
          status: v.status,
          date: v.date.format('YYYY-MM-DD'),
          reason: v.reason.trim(),
          ...(v.ref?.trim() ? { ref: v.ref.trim() } : {}),
        });
        onDone();
      },
      (err) => showFieldErrors(t, form, err, ['status', 'date', 'reason', 'ref']),
    );
  };

  return (
    <Modal
      open={open}
      title={t('members.status.title')}
      okText={t('members.status.submit')}
      cancelText={t('members.status.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'status-submit' }}
    >
      <Typography.Paragraph>
        {t('members.status.current')}: <StatusTag status={member.status} />
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        preserve={false}
        initialValues={{ date: dayjs(), status: next.length === 1 ? next[0] : undefined }}
        onFinish={submit}
        onValuesChange={() => setError(null)}
        data-testid="status-form"
      >
        <Form.Item
          name="status"
          label={t('members.status.to')}
          rules={[{ required: true, message: t('members.status.choose') }]}
        >
          <Select
            data-testid="status-to"
            placeholder={t('members.status.choose')}
            options={next.map((s) => ({ value: s, label: t(`members.statuses.${s}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="date"
          label={t('members.status.date')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <DateInput allowClear={false} data-testid="status-date" />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('members.status.reason')}
          rules={[
            { required: true, whitespace: true, message: t('validation.required') },
            { max: 1000, message: t('validation.tooLong', { max: 1000 }) },
          ]}
        >
          <Input.TextArea rows={3} data-testid="status-reason" />
        </Form.Item>
        <Form.Item
          name="ref"
          label={t('members.status.ref')}
          rules={[{ max: 200, message: t('validation.tooLong', { max: 200 }) }]}
        >
          <Input data-testid="status-ref" />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} role="alert" data-testid="status-error" />}
    </Modal>
  );
}
