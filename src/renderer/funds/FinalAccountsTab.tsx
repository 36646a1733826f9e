/**
 * Quyết toán B07-TLĐ from the books: each line's total for the year, total revenue and spending, the opening and
 * closing balance of cash and bank together; exported as PDF or .xlsx.
 */
import { Card, Descriptions, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CommandOutput } from '../../shared/contract';
import { useApi } from '../api/ApiContext';
import { FormError } from '../common/FormError';
import { ExportButtons } from './ExportButtons';
import { vnd } from './format';
import { useCommand } from './useCommand';

type Line = CommandOutput<'funds.b07'>['lines'][number];

export function FinalAccountsTab({ year }: { year: number }) {
  const { t } = useTranslation();
  const { call } = useApi();
  const { data, error, loading } = useCommand('funds.b07', { year });
  const money = (n: number, testId?: string) => (
    <span className="ud-funds-money" data-testid={testId}>
      {vnd(n)}
    </span>
  );

  return (
    <Card
      size="small"
      title={t('funds.b07.title', { year })}
      extra={<ExportButtons testId="funds-b07" fetch={(format) => call('funds.b07File', { year, format })} />}
      data-testid="funds-b07"
    >
      <FormError error={error} />
      {data && (
        <Descriptions
          size="small"
          column={4}
          style={{ marginBottom: 12 }}
          items={[
            { key: 'o', label: t('funds.b07.opening'), children: money(data.opening, 'funds-b07-opening') },
            { key: 'r', label: t('funds.b07.revenue'), children: money(data.revenue, 'funds-b07-revenue') },
            { key: 's', label: t('funds.b07.spending'), children: money(data.spending, 'funds-b07-spending') },
            { key: 'c', label: t('funds.b07.closing'), children: money(data.closing, 'funds-b07-closing') },
          ]}
        />
      )}
      <Table<Line>
        size="small"
        rowKey={(l) => `${l.kind}:${l.line}`}
        loading={loading && !data}
        dataSource={data?.lines ?? []}
        pagination={false}
        onRow={() => ({ 'data-testid': 'funds-b07-row' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'line', title: t('funds.b07.line'), dataIndex: 'line', width: 70 },
          {
            key: 'name',
            title: t('funds.b07.name'),
            render: (_, l) => (
              <>
                {l.name} <Tag>{t(`funds.kinds.${l.kind}`)}</Tag>
              </>
            ),
          },
          {
            key: 'amount',
            title: t('funds.b07.amount'),
            align: 'right',
            width: 180,
            render: (_, l) => money(l.amount),
          },
        ]}
      />
    </Card>
  );
}
