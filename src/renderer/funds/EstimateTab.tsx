/**
 * Dự toán B14-TLĐ: per line of the form, the planned figure for the year (typed in place, saved when the field is
 * left) beside last year's actual total from the books; exported as PDF or .xlsx.
 */
import { App, Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CommandOutput } from '../../shared/contract';
import { useApi } from '../api/ApiContext';
import { detailText } from '../common/errors';
import { FormError } from '../common/FormError';
import { GroupedNumberInput } from '../documents/GroupedNumberInput';
import { ExportButtons } from './ExportButtons';
import { vnd } from './format';
import { useCommand } from './useCommand';

type Line = CommandOutput<'funds.b14'>['lines'][number];

export function EstimateTab({ year }: { year: number }) {
  const { t } = useTranslation();
  const { call } = useApi();
  const { message } = App.useApp();
  const { data, error, loading, reload } = useCommand('funds.b14', { year });

  const savePlan = async (line: Line, amount: number | null) => {
    if (amount === null || amount === line.planned) return;
    try {
      await call('funds.setPlan', { year, line: line.line, amount });
      void message.success(t('funds.b14.saved', { line: line.line }));
      reload();
    } catch (err) {
      void message.error(detailText(t, err));
    }
  };

  return (
    <Card
      size="small"
      title={t('funds.b14.title', { year })}
      extra={<ExportButtons testId="funds-b14" fetch={(format) => call('funds.b14File', { year, format })} />}
      data-testid="funds-b14"
    >
      <FormError error={error} />
      <Table<Line>
        size="small"
        rowKey="line"
        loading={loading && !data}
        dataSource={data?.lines ?? []}
        pagination={false}
        onRow={() => ({ 'data-testid': 'funds-b14-row' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'line', title: t('funds.b14.line'), dataIndex: 'line', width: 70 },
          {
            key: 'name',
            title: t('funds.b14.name'),
            render: (_, l) => (
              <>
                {l.name} <Tag>{t(`funds.kinds.${l.kind}`)}</Tag>
              </>
            ),
          },
          {
            key: 'planned',
            title: t('funds.b14.planned', { year }),
            width: 200,
            render: (_, l) => (
              <GroupedNumberInput
                key={`${l.line}:${l.planned}`}
                defaultValue={l.planned}
                aria-label={`${t('funds.b14.planned', { year })} ${l.line}`}
                onBlur={(e) => void savePlan(l, Number(e.target.value.replace(/\D/g, '') || 0))}
                onPressEnter={(e) => (e.target as HTMLInputElement).blur()}
                data-testid="funds-b14-planned"
              />
            ),
          },
          {
            key: 'last',
            title: t('funds.b14.lastYear', { year: year - 1 }),
            align: 'right',
            width: 180,
            render: (_, l) => <span className="ud-funds-money">{vnd(l.lastYearActual)}</span>,
          },
        ]}
      />
    </Card>
  );
}
