/**
 * A member's payments for one month: date, amount, method, receipt, collector; an open month's payment can be
 * cancelled with a reason (it stays listed, struck through). A closed month's refusal comes back from the core.
 */
import { App, Button, Input, List, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandOutput } from '../../shared/contract';
import { formatDateVi } from '../../shared/text/format';
import { useApi } from '../api/ApiContext';
import { detailText } from '../common/errors';
import { vnd } from './format';

type Payment = CommandOutput<'dues.payments'>['items'][number];

export function PaymentsList({
  memberId,
  month,
  onChanged,
}: {
  memberId: string;
  month: string;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { call } = useApi();
  const { message } = App.useApp();
  const [items, setItems] = useState<Payment[] | null>(null);
  const [cancelling, setCancelling] = useState<string | null>(null);
  const [reason, setReason] = useState('');

  const load = useCallback(async () => {
    try {
      setItems((await call('dues.payments', { memberId, month })).items);
    } catch {
      setItems([]);
    }
  }, [call, memberId, month]);
  useEffect(() => {
    void load();
  }, [load]);

  const cancel = async (id: string) => {
    try {
      await call('dues.cancelPayment', { id, reason: reason.trim() });
      void message.success(t('dues.pay.cancelDone'));
      setCancelling(null);
      setReason('');
      onChanged();
    } catch (err) {
      void message.error(detailText(t, err));
    }
  };

  return (
    <div data-testid="dues-payments">
      <Typography.Title level={5} className="ud-section-title">
        {t('dues.pay.payments')}
      </Typography.Title>
      <List<Payment>
        size="small"
        loading={items === null}
        dataSource={items ?? []}
        locale={{ emptyText: t('dues.pay.noPayments') }}
        renderItem={(p) => (
          <List.Item
            data-testid="dues-payment"
            actions={
              p.cancelled || p.adjustment
                ? []
                : [
                    <Button
                      key="cancel"
                      size="small"
                      danger
                      type="link"
                      onClick={() => setCancelling(p.id)}
                      data-testid="dues-payment-cancel"
                    >
                      {t('dues.pay.cancelPayment')}
                    </Button>,
                  ]
            }
          >
            <Space orientation="vertical" size={2} className="ud-full-width">
              <Space wrap className={p.cancelled ? 'ud-dues-cancelled' : undefined}>
                <span>{formatDateVi(p.paidOn)}</span>
                <b>{vnd(p.amount)}</b>
                <span>{t(`dues.methods.${p.method}`)}</span>
                {p.receiptNumber && <span>#{p.receiptNumber}</span>}
                {p.collector && <span className="ud-muted">{p.collector}</span>}
                {p.adjustment && <Tag>{t('dues.pay.adjustment')}</Tag>}
                {p.cancelled && <Tag color="red">{t('dues.pay.cancelled')}</Tag>}
              </Space>
              {cancelling === p.id && (
                <Space.Compact className="ud-full-width">
                  <Input
                    autoFocus
                    placeholder={t('dues.pay.cancelReason')}
                    value={reason}
                    maxLength={500}
                    onChange={(e) => setReason(e.target.value)}
                    data-testid="dues-cancel-reason"
                  />
                  <Button
                    danger
                    disabled={!reason.trim()}
                    onClick={() => void cancel(p.id)}
                    data-testid="dues-cancel-ok"
                  >
                    {t('dues.pay.cancelPayment')}
                  </Button>
                </Space.Compact>
              )}
            </Space>
          </List.Item>
        )}
      />
    </div>
  );
}
