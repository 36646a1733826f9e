/**
 * The per-recipient report (campaigns.recipients, a page at a time) filtered by state, read again as the sending
 * moves on; "Xuất Excel" downloads campaigns.report.
 */
import { FileExcelOutlined } from '@ant-design/icons';
import { Button, Segmented, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { RECIPIENT_STATES, type Campaign, type recipientRow } from '../../shared/campaigns-contract';
import { useApi } from '../api/ApiContext';
import { formatDateTime } from '../app/format';
import { useCount } from './numbers';

type Row = z.infer<typeof recipientRow>;
type RecipientState = (typeof RECIPIENT_STATES)[number];
type Filter = RecipientState | 'all';
const FILTERS: Filter[] = ['all', 'sent', 'failedTemp', 'gaveUp', 'failedPerm', 'uncertain', 'skipped', 'queued'];
const PAGE = 50;
const COLORS: Record<RecipientState, string> = {
  queued: 'default',
  sending: 'processing',
  sent: 'green',
  failedTemp: 'orange',
  gaveUp: 'volcano',
  failedPerm: 'red',
  skipped: 'default',
  uncertain: 'gold',
};

interface Props {
  campaign: Campaign;
  exporting: boolean;
  onExport: () => void;
}

export function RecipientReport({ campaign, exporting, onExport }: Props) {
  const { t } = useTranslation();
  const { call } = useApi();
  const n = useCount();
  const [filter, setFilter] = useState<Filter>('all');
  const [page, setPage] = useState(1);
  const [rows, setRows] = useState<{ total: number; items: Row[] } | null>(null);
  // Read again when the figures move (each progress event), not on every render.
  const moved = JSON.stringify(campaign.counts) + campaign.state;

  useEffect(() => {
    let live = true;
    const input = {
      id: campaign.id,
      offset: (page - 1) * PAGE,
      limit: PAGE,
      ...(filter === 'all' ? {} : { state: filter }),
    };
    call('campaigns.recipients', input).then(
      (res) => live && setRows(res),
      () => live && setRows({ total: 0, items: [] }),
    );
    return () => {
      live = false;
    };
  }, [call, campaign.id, filter, page, moved]);

  return (
    <div className="ud-recipient-report" data-testid="recipient-report">
      <div className="ud-bulletin-toolbar ud-mt">
        <Typography.Title level={5} className="ud-no-margin">
          {t('bulletins.campaign.report')}
        </Typography.Title>
        <Segmented<Filter>
          value={filter}
          onChange={(f) => {
            setFilter(f);
            setPage(1);
          }}
          options={FILTERS.map((f) => ({
            value: f,
            label: (
              <span data-testid={`report-filter-${f}`}>
                {f === 'all' ? t('bulletins.campaign.filters.all') : t(`bulletins.campaign.recipientStates.${f}`)}
              </span>
            ),
          }))}
        />
        <Button
          icon={<FileExcelOutlined />}
          loading={exporting}
          onClick={onExport}
          className="ud-push-right"
          data-testid="campaign-export"
        >
          {t('bulletins.campaign.export')}
        </Button>
      </div>
      <Table<Row>
        rowKey="email"
        size="small"
        loading={rows === null}
        dataSource={rows?.items ?? []}
        pagination={{
          current: page,
          pageSize: PAGE,
          total: rows?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
          showTotal: (total) => t('bulletins.campaign.total', { n: n(total) }),
        }}
        onRow={(r) => ({ 'data-testid': `recipient-${r.email}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'email', title: t('bulletins.campaign.columns.email'), dataIndex: 'email', width: 220 },
          { key: 'name', title: t('bulletins.campaign.columns.name'), dataIndex: 'name', width: 180 },
          { key: 'unit', title: t('bulletins.campaign.columns.unit'), dataIndex: 'unit', width: 140 },
          {
            key: 'state',
            title: t('bulletins.campaign.columns.state'),
            width: 140,
            render: (_, r) => <Tag color={COLORS[r.state]}>{t(`bulletins.campaign.recipientStates.${r.state}`)}</Tag>,
          },
          { key: 'tries', title: t('bulletins.campaign.columns.tries'), dataIndex: 'tries', width: 80, align: 'right' },
          {
            key: 'response',
            title: t('bulletins.campaign.columns.response'),
            dataIndex: 'lastResponse',
            ellipsis: { showTitle: true },
          },
          {
            key: 'sentAt',
            title: t('bulletins.campaign.columns.sentAt'),
            width: 150,
            render: (_, r) => formatDateTime(r.sentAt),
          },
        ]}
      />
    </div>
  );
}
