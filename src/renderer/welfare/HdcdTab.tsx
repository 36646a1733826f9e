/**
 * Mẫu 1-HĐCĐ: the statistics as of 31/5 or 30/11 (the period from the day after the previous report date), the
 * main figures then the form's other rows in its order; exported as PDF or .xlsx.
 */
import { Card, Descriptions, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HdcdReport } from '../../shared/welfare-contract';
import { formatDateVi } from '../../shared/text/format';
import { useApi } from '../api/ApiContext';
import { FormError } from '../common/FormError';
import { ExportButtons } from '../funds/ExportButtons';
import { today } from '../funds/format';
import { useCommand } from '../funds/useCommand';
import { useState } from 'react';

/** The report dates around today, newest first: the next one, then the past ones of the last three years. */
export function reportDates(now: string): string[] {
  const year = Number(now.slice(0, 4));
  const all: string[] = [];
  for (let y = year + 1; y >= year - 3; y--) all.push(`${y}-11-30`, `${y}-05-31`);
  const next = [...all].reverse().find((d) => d >= now);
  return all.filter((d) => d <= now || d === next);
}

const MAIN = ['workers', 'members', 'women', 'admitted', 'left', 'unionGroups'] as const;

export function HdcdTab() {
  const { t } = useTranslation();
  const { call } = useApi();
  const dates = reportDates(today());
  const [asOf, setAsOf] = useState(() => dates.find((d) => d <= today()) ?? dates[0]);
  const { data, error, loading } = useCommand('reports.hdcd', { asOf });
  const value = (n: number | null) =>
    n === null ? <Typography.Text type="secondary">{t('welfare.hdcd.unknown')}</Typography.Text> : n;

  return (
    <Card
      size="small"
      data-testid="welfare-hdcd"
      title={
        <span>
          {t('welfare.hdcd.asOf')}{' '}
          <Select
            value={asOf}
            onChange={setAsOf}
            style={{ width: 140 }}
            options={dates.map((d) => ({ value: d, label: formatDateVi(d) }))}
            data-testid="welfare-hdcd-asof"
            aria-label={t('welfare.hdcd.asOf')}
          />
        </span>
      }
      extra={<ExportButtons testId="welfare-hdcd" fetch={(format) => call('reports.hdcdFile', { asOf, format })} />}
    >
      <FormError error={error} />
      {data && (
        <>
          <Typography.Paragraph data-testid="welfare-hdcd-period">
            {t('welfare.hdcd.period', { from: formatDateVi(data.from), to: formatDateVi(data.asOf) })}
          </Typography.Paragraph>
          <Descriptions
            size="small"
            bordered
            column={3}
            items={MAIN.map((k) => ({
              key: k,
              label: t(`welfare.hdcd.${k}`),
              children: (
                <span data-testid={`welfare-hdcd-${k}`}>{value(data[k as keyof HdcdReport] as number | null)}</span>
              ),
            }))}
          />
        </>
      )}
      <Table<HdcdReport['rows'][number]>
        size="small"
        rowKey="row"
        style={{ marginTop: 12 }}
        loading={loading && !data}
        dataSource={data?.rows ?? []}
        pagination={false}
        columns={[
          { key: 'row', title: t('welfare.hdcd.row'), dataIndex: 'row', width: 70 },
          { key: 'label', title: t('welfare.hdcd.label'), dataIndex: 'label' },
          {
            key: 'value',
            title: t('welfare.hdcd.value'),
            align: 'right',
            width: 140,
            render: (_, r) => value(r.value),
          },
        ]}
      />
    </Card>
  );
}
