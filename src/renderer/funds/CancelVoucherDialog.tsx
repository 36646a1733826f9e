/** Cancelling a voucher with its reason: it keeps its number and stays in the book, marked and counting nothing. */
import { App, Form, Input, Modal, Typography } from 'antd';
import type { Voucher } from '../../shared/funds-contract';
import { FormError } from '../common/FormError';
import { useFundsForm } from '../funds/useFundsForm';

interface Props {
  voucher: Voucher;
  onClose: () => void;
  onDone: () => void;
}

export function CancelVoucherDialog({ voucher, onClose, onDone }: Props) {
  const { t, call, form, busy, error, submit } = useFundsForm<{ reason: string }>(['reason']);
  const { message } = App.useApp();
  const save = ({ reason }: { reason: string }) =>
    submit(async () => {
      await call('funds.cancelVoucher', { id: voucher.id, reason });
      void message.success(t('funds.voucher.cancelled', { code: voucher.code }));
      onDone();
    });
  return (
    <Modal
      open
      title={t('funds.voucher.cancelTitle', { code: voucher.code })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('funds.voucher.cancelOk')}
      okButtonProps={{ danger: true, loading: busy, ...{ 'data-testid': 'funds-cancel-ok' } }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('funds.voucher.cancelHelp')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={save} disabled={busy}>
        <Form.Item name="reason" label={t('funds.voucher.reason')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={500} data-testid="funds-cancel-reason" autoFocus />
        </Form.Item>
      </Form>
      <FormError error={error} />
    </Modal>
  );
}
