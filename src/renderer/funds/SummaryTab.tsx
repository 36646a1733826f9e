/**
 * The year at a glance: revenue and spending by month (chart), the balances today and this month's dues; the
 * financial years with their openings and closings, the opening balance of the first year, closing a year (after a
 * confirmation), and the remittance to the upper level.
 */
import { LockOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Modal, Row, Space, Statistic, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandOutput } from '../../shared/contract';
import { formatDateVi } from '../../shared/text/format';
import { useApi } from '../api/ApiContext';
import { detailText } from '../common/errors';
import { FormError } from '../common/FormError';
import { thisYear, today, vnd, yearEnd } from './format';
import { MonthChart } from './MonthChart';
import { OpeningDialog } from './OpeningDialog';
import { RemitDialog } from './RemitDialog';
import { useCommand } from './useCommand';

type YearInfo = CommandOutput<'funds.years'>['years'][number];

export function SummaryTab({ year }: { year: number }) {
  const { t } = useTranslation();
  const { call } = useApi();
  const { message } = App.useApp();
  const asOf = year === thisYear() ? today() : yearEnd(year);
  const summary = useCommand('funds.summary', { year, asOf });
  const years = useCommand('funds.years', {});
  const [dialog, setDialog] = useState<'opening' | 'remit' | null>(null);
  const reload = () => {
    summary.reload();
    years.reload();
  };
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  const s = summary.data;

  const close = (y: number) =>
    Modal.confirm({
      title: t('funds.summary.closeConfirm', { year: y }),
      content: t('funds.summary.closeWarning', { year: y }),
      okText: t('funds.summary.close'),
      okButtonProps: { danger: true, ...{ 'data-testid': 'funds-close-ok' } },
      onOk: async () => {
        try {
          await call('funds.closeYear', { year: y });
          void message.success(t('funds.summary.closed', { year: y }));
          reload();
        } catch (err) {
          void message.error(detailText(t, err));
        }
      },
    });

  return (
    <div data-testid="funds-summary">
      <FormError error={summary.error ?? years.error} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card size="small" title={t('funds.summary.chart', { year })} loading={!s && !summary.error}>
            <MonthChart
              title={t('funds.summary.chart', { year })}
              points={months.map((m) => {
                const p = s?.months.find((x) => x.month === m);
                return { month: m, revenue: p?.revenue ?? 0, spending: p?.spending ?? 0 };
              })}
            />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card size="small" loading={!s && !summary.error}>
            <Space orientation="vertical" size={12}>
              <Statistic title={t('funds.summary.cash')} value={s ? vnd(s.cashBalance) : ''} data-testid="funds-cash" />
              <Statistic title={t('funds.summary.bank')} value={s ? vnd(s.bankBalance) : ''} data-testid="funds-bank" />
              <Statistic title={t('funds.summary.dues')} value={s ? vnd(s.duesThisMonth) : ''} />
              <Space wrap>
                <Button onClick={() => setDialog('opening')} data-testid="funds-opening">
                  {t('funds.summary.setOpening')}
                </Button>
                <Button type="primary" onClick={() => setDialog('remit')} data-testid="funds-remit">
                  {t('funds.summary.remit')}
                </Button>
              </Space>
            </Space>
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('funds.summary.years')} style={{ marginTop: 16 }}>
        <Table<YearInfo>
          size="small"
          rowKey="year"
          loading={years.loading && !years.data}
          dataSource={years.data ? [...years.data.years].sort((a, b) => b.year - a.year) : []}
          pagination={false}
          onRow={(y) => ({ 'data-testid': `funds-year-${y.year}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { key: 'year', title: t('funds.year'), dataIndex: 'year' },
            {
              key: 'state',
              title: '',
              render: (_, y) =>
                y.closed ? (
                  <Tag icon={<LockOutlined />}>{t('funds.summary.closedOn', { date: formatDateVi(y.closedAt) })}</Tag>
                ) : (
                  <Tag color="green">{t('funds.summary.open')}</Tag>
                ),
            },
            ...(['cash', 'bank'] as const).flatMap((a) => [
              {
                key: `${a}Opening`,
                title: `${t(`funds.accounts.${a}`)} — ${t('funds.summary.opening')}`,
                align: 'right' as const,
                render: (_: unknown, y: YearInfo) => vnd(a === 'cash' ? y.cashOpening : y.bankOpening),
              },
              {
                key: `${a}Closing`,
                title: `${t(`funds.accounts.${a}`)} — ${t('funds.summary.closing')}`,
                align: 'right' as const,
                render: (_: unknown, y: YearInfo) => vnd(a === 'cash' ? y.cashClosing : y.bankClosing),
              },
            ]),
            {
              key: 'actions',
              title: '',
              align: 'right',
              render: (_, y) =>
                !y.closed && (
                  <Button size="small" danger onClick={() => close(y.year)} data-testid="funds-close-year">
                    {t('funds.summary.close')}
                  </Button>
                ),
            },
          ]}
        />
      </Card>
      {dialog === 'opening' && (
        <OpeningDialog year={year} onClose={() => setDialog(null)} onDone={() => (setDialog(null), reload())} />
      )}
      {dialog === 'remit' && (
        <RemitDialog year={year} onClose={() => setDialog(null)} onDone={() => (setDialog(null), reload())} />
      )}
    </div>
  );
}
