/**
 * "Lịch sử đóng góp" on the member page (`dues.history`): month by month what was due, paid and still owed (exempt
 * and closed months marked), the totals, and every payment with its receipt. Its texts live in the dues bundle.
 */
import { LockOutlined } from '@ant-design/icons';
import { Col, Row, Statistic, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandOutput } from '../../shared/contract';
import { formatDateVi } from '../../shared/text/format';
import { formatVnd } from '../../shared/text/money';
import { useApi } from '../api/ApiContext';
import { detailText } from '../common/errors';
import { FormError } from '../common/FormError';
import { rowTestId } from '../dues/rowTestId';

type History = CommandOutput<'dues.history'>;
type MonthLine = History['months'][number];
type Payment = History['payments'][number];

const vnd = (n: number) => formatVnd(n, { short: true });
const monthLabel = (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`;
// Inline: the member page may open before the dues page's stylesheet was ever loaded.
const OWING = { color: '#cf1322', fontWeight: 600 } as const;
const CANCELLED = { textDecoration: 'line-through', color: 'rgba(0, 0, 0, 0.45)' } as const;

export function MemberDuesHistory({ memberId }: { memberId: string }) {
  const { t } = useTranslation();
  const { call } = useApi();
  const [data, setData] = useState<History | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    call('dues.history', { memberId }).then(
      (h) => live && setData(h),
      (err) => live && setError(detailText(t, err)),
    );
    return () => {
      live = false;
    };
  }, [call, memberId, t]);

  const months = data ? [...data.months].reverse() : [];
  const payments = data ? [...data.payments].sort((a, b) => b.paidOn.localeCompare(a.paidOn)) : [];
  return (
    <div data-testid="member-dues-history">
      <FormError error={error} />
      {data && (
        <Row gutter={16}>
          <Col span={8}>
            <Statistic title={t('dues.history.due')} value={vnd(data.totals.due)} />
          </Col>
          <Col span={8}>
            <Statistic title={t('dues.history.paid')} value={vnd(data.totals.paid)} />
          </Col>
          <Col span={8}>
            <Statistic
              title={t('dues.history.owing')}
              value={vnd(data.totals.owing)}
              styles={data.totals.owing > 0 ? { content: OWING } : undefined}
              data-testid="member-dues-owing"
            />
          </Col>
        </Row>
      )}
      <Row gutter={24} style={{ marginTop: 12 }}>
        <Col xs={24} xl={13}>
          <Table<MonthLine>
            size="small"
            rowKey="month"
            loading={!data && !error}
            dataSource={months}
            pagination={{ pageSize: 12, hideOnSinglePage: true, showSizeChanger: false }}
            locale={{ emptyText: t('dues.history.empty') }}
            onRow={rowTestId('member-dues-month')}
            columns={[
              {
                key: 'month',
                title: t('dues.history.month'),
                render: (_, m) => (
                  <span>
                    {monthLabel(m.month)} {m.closed && <LockOutlined title={t('dues.history.closed')} />}
                  </span>
                ),
              },
              {
                key: 'basis',
                title: t('dues.history.basis'),
                align: 'right',
                render: (_, m) => (m.basis === null ? '' : vnd(m.basis)),
              },
              {
                key: 'due',
                title: t('dues.history.due'),
                align: 'right',
                render: (_, m) => (m.exempt ? <Tag color="blue">{t('dues.history.exempt')}</Tag> : vnd(m.due)),
              },
              { key: 'paid', title: t('dues.history.paid'), align: 'right', render: (_, m) => vnd(m.paid) },
              {
                key: 'owing',
                title: t('dues.history.owing'),
                align: 'right',
                render: (_, m) => <span style={m.owing > 0 ? OWING : undefined}>{vnd(m.owing)}</span>,
              },
            ]}
          />
        </Col>
        <Col xs={24} xl={11}>
          <Typography.Title level={5} className="ud-section-title">
            {t('dues.history.payments')}
          </Typography.Title>
          <Table<Payment>
            size="small"
            rowKey="id"
            dataSource={payments}
            pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
            onRow={(p) => ({ style: p.cancelled ? CANCELLED : undefined })}
            columns={[
              { key: 'paidOn', title: t('dues.history.paidOn'), render: (_, p) => formatDateVi(p.paidOn) },
              { key: 'month', title: t('dues.history.forMonth'), render: (_, p) => monthLabel(p.month) },
              { key: 'amount', title: t('dues.history.amount'), align: 'right', render: (_, p) => vnd(p.amount) },
              { key: 'method', title: t('dues.history.method'), render: (_, p) => t(`dues.methods.${p.method}`) },
              { key: 'receipt', title: t('dues.history.receipt'), dataIndex: 'receiptNumber' },
            ]}
          />
        </Col>
      </Row>
    </div>
  );
}
