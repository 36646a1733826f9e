/**
 * The year's report: the collection rate by month (chart), by group and month (a grid whose cells fill with their
 * rate), and the split of what was collected between the CĐCS and the upper level (the `duesCdcsPercent` setting),
 * the BCH's higher-rate extra apart.
 */
import { Card, Col, Row, Statistic, Table, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandOutput } from '../../shared/contract';
import { useApi } from '../api/ApiContext';
import { detailText } from '../common/errors';
import { FormError } from '../common/FormError';
import { monthLabel, rateLabel, vnd } from './format';
import { RateChart } from './RateChart';

type Report = CommandOutput<'dues.report'>;
type UnitLine = Report['units'][number];
type Cell = { rate: number | null; due: number; collected: number } | undefined;

export function ReportTab({ year }: { year: number }) {
  const { t, i18n } = useTranslation();
  const { call } = useApi();
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setReport(null);
    call('dues.report', { year }).then(
      (r) => live && (setReport(r), setError(null)),
      (err) => live && setError(detailText(t, err)),
    );
    return () => {
      live = false;
    };
  }, [call, year, t]);

  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  const cell = (c: Cell) => {
    if (!c) return '';
    const width = Math.min(100, c.rate ?? 0);
    return (
      <Tooltip title={`${vnd(c.collected)} / ${vnd(c.due)}`}>
        <div className="ud-dues-cell" style={{ backgroundSize: `${width}% 100%` }}>
          {rateLabel(c.rate, i18n.language)}
        </div>
      </Tooltip>
    );
  };
  const split = report?.split;

  return (
    <div data-testid="dues-report">
      <FormError error={error} />
      <Row gutter={16}>
        <Col xs={24} xl={15}>
          <Card size="small" title={`${t('dues.report.chartTitle')} ${year}`} loading={!report && !error}>
            <RateChart
              title={t('dues.report.chartTitle')}
              points={months.map((m) => ({ month: m, rate: report?.months.find((x) => x.month === m)?.rate ?? null }))}
            />
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card size="small" title={t('dues.report.split')} loading={!report && !error} data-testid="dues-split">
            {split && (
              <Row gutter={[12, 12]}>
                <Col span={12}>
                  <Statistic title={t('dues.report.collected')} value={vnd(split.collected)} />
                </Col>
                <Col span={12}>
                  <Statistic title={t('dues.report.extra')} value={vnd(split.extra)} />
                </Col>
                <Col span={12}>
                  <Statistic
                    title={t('dues.report.cdcsShare', { percent: split.cdcsPercent })}
                    value={vnd(split.cdcsShare)}
                    data-testid="dues-split-cdcs"
                  />
                </Col>
                <Col span={12}>
                  <Statistic
                    title={t('dues.report.upperShare', { percent: 100 - split.cdcsPercent })}
                    value={vnd(split.upperShare)}
                    data-testid="dues-split-upper"
                  />
                </Col>
              </Row>
            )}
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('dues.report.byUnit')} className="ud-dues-mt">
        <Table<UnitLine>
          size="small"
          rowKey={(u) => u.unitId ?? '(none)'}
          dataSource={report?.units ?? []}
          loading={!report && !error}
          pagination={false}
          scroll={{ x: 200 + 13 * 64 }}
          locale={{ emptyText: t('dues.report.noData') }}
          columns={[
            { key: 'unit', title: t('dues.report.unit'), dataIndex: 'unit', width: 200, ellipsis: true, fixed: 'left' },
            ...months.map((m) => ({
              key: m,
              title: monthLabel(m).slice(0, 2),
              width: 64,
              render: (_: unknown, u: UnitLine) => cell(u.months.find((x) => x.month === m)),
            })),
            { key: 'year', title: t('dues.report.whole'), width: 72, render: (_: unknown, u: UnitLine) => cell(u) },
          ]}
        />
      </Card>
    </div>
  );
}
