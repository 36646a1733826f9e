/**
 * Paying support to a member: kind, date, amount, the book it is paid from and the decision it rests on (typed, or
 * picked from the register); the core
 * makes its payment voucher in the same step. Opened from the support list (member picked here) or from a member's
 * page (member given).
 */
import { App, Form, Input, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FUND_ACCOUNTS } from '../../shared/funds-contract';
import { SUPPORT_KINDS } from '../../shared/welfare-contract';
import { DateInput } from '../common/DateInput';
import { FormError } from '../common/FormError';
import { useFundsForm } from '../funds/useFundsForm';
import { GroupedNumberInput } from '../documents/GroupedNumberInput';
import { DocumentSelect } from '../funds/DocumentSelect';
import { vnd } from '../funds/format';
import { MemberSelect } from './MemberSelect';

interface Values {
  memberId: string;
  kind: (typeof SUPPORT_KINDS)[number];
  date: Dayjs;
  amount: number;
  account: (typeof FUND_ACCOUNTS)[number];
  decision?: string;
  documentId?: string;
  note?: string;
}

const FIELDS = ['memberId', 'kind', 'date', 'amount', 'account', 'decision', 'documentId', 'note'];

interface Props {
  /** The member's page: fixed member. */
  member?: { id: string; fullName: string };
  onClose: () => void;
  onDone: () => void;
}

export function SupportDialog({ member, onClose, onDone }: Props) {
  const { t, call, form, busy, error, submit } = useFundsForm<Values>(FIELDS);
  const { message } = App.useApp();
  const save = (v: Values) =>
    submit(async () => {
      const s = await call('welfare.addSupport', {
        memberId: member?.id ?? v.memberId,
        kind: v.kind,
        date: v.date.format('YYYY-MM-DD'),
        amount: v.amount,
        account: v.account,
        ...(v.decision?.trim() ? { decision: v.decision.trim() } : {}),
        ...(v.documentId ? { documentId: v.documentId } : {}),
        ...(v.note?.trim() ? { note: v.note.trim() } : {}),
      });
      void message.success(t('welfare.supportDialog.saved', { code: s.voucher.code, amount: vnd(s.amount) }));
      onDone();
    });

  return (
    <Modal
      open
      title={member ? t('welfare.supportDialog.titleFor', { name: member.fullName }) : t('welfare.supportDialog.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('welfare.supportDialog.save')}
      okButtonProps={{ loading: busy, ...{ 'data-testid': 'welfare-support-ok' } }}
      width={600}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('welfare.supportDialog.help')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        disabled={busy}
        onFinish={save}
        initialValues={{ kind: 'sickness', date: dayjs(), account: 'cash' }}
        data-testid="welfare-support-dialog"
      >
        {!member && (
          <Form.Item name="memberId" label={t('welfare.supportDialog.member')} rules={[{ required: true }]}>
            <MemberSelect placeholder={t('welfare.supportDialog.memberHint')} testId="welfare-support-member" />
          </Form.Item>
        )}
        <div className="ud-funds-form-row">
          <Form.Item name="kind" label={t('welfare.supportDialog.kind')}>
            <Select
              options={SUPPORT_KINDS.map((k) => ({ value: k, label: t(`welfare.kinds.${k}`) }))}
              data-testid="welfare-support-kind"
            />
          </Form.Item>
          <Form.Item name="date" label={t('welfare.supportDialog.date')} rules={[{ required: true }]}>
            <DateInput allowClear={false} data-testid="welfare-support-date" />
          </Form.Item>
          <Form.Item name="amount" label={t('welfare.supportDialog.amount')} rules={[{ required: true }]}>
            <GroupedNumberInput data-testid="welfare-support-amount" />
          </Form.Item>
        </div>
        <div className="ud-funds-form-row">
          <Form.Item name="account" label={t('welfare.supportDialog.account')}>
            <Select options={FUND_ACCOUNTS.map((a) => ({ value: a, label: t(`funds.accounts.${a}`) }))} />
          </Form.Item>
          <Form.Item name="decision" label={t('welfare.supportDialog.decision')} style={{ gridColumn: 'span 2' }}>
            <Input
              maxLength={300}
              placeholder={t('welfare.supportDialog.decisionHint')}
              data-testid="welfare-support-decision"
            />
          </Form.Item>
        </div>
        <Form.Item name="documentId" label={t('funds.document.label')}>
          <DocumentSelect testId="welfare-support-document" />
        </Form.Item>
        <Form.Item name="note" label={t('welfare.supportDialog.note')}>
          <Input maxLength={1000} />
        </Form.Item>
      </Form>
      <FormError error={error} />
    </Modal>
  );
}
