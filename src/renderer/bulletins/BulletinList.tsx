/** The bulletins (issue number, title, date; newest first) and every sending made; "Soạn bản tin" creates a draft. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bulletin } from '../../shared/bulletins-contract';
import type { Campaign } from '../../shared/campaigns-contract';
import { useApi } from '../api/ApiContext';
import { formatDate, formatDateTime } from '../app/format';
import { FormError } from '../common/FormError';
import { detailText } from '../common/errors';
import { CampaignStateTag } from './CampaignStateTag';
import { useCount } from './numbers';
import { SuppressedList } from './SuppressedList';

type Item = Omit<Bulletin, 'body'>;

interface Props {
  onOpen: (id: string) => void;
  onCampaign: (id: string) => void;
}

export function BulletinList({ onOpen, onCampaign }: Props) {
  const { t } = useTranslation();
  const { call } = useApi();
  const n = useCount();
  const [items, setItems] = useState<Item[] | null>(null);
  const [campaigns, setCampaigns] = useState<Campaign[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    call('bulletins.list', {}).then(
      (res) =>
        live && setItems([...res.items].sort((a, b) => b.date.localeCompare(a.date) || b.issueNumber - a.issueNumber)),
      (err) => {
        if (!live) return;
        setItems([]);
        setError(detailText(t, err));
      },
    );
    call('campaigns.list', {}).then(
      (res) => live && setCampaigns(res.items),
      () => live && setCampaigns([]),
    );
    return () => {
      live = false;
    };
  }, [call, t]);

  const create = async () => {
    setBusy(true);
    try {
      const { id } = await call('bulletins.create', { title: t('bulletins.editor.defaultTitle') });
      onOpen(id);
    } catch (err) {
      setError(detailText(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="bulletins-list">
      <div className="ud-bulletin-toolbar">
        <Typography.Title level={3} className="ud-page-title">
          {t('bulletins.title')}
        </Typography.Title>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => void create()}
          loading={busy}
          className="ud-push-right"
          data-testid="bulletins-new"
        >
          {t('bulletins.list.new')}
        </Button>
      </div>
      <FormError error={error} testId="bulletins-error" />
      <Table<Item>
        rowKey="id"
        size="middle"
        loading={items === null}
        dataSource={items ?? []}
        pagination={false}
        locale={{ emptyText: t('bulletins.list.empty') }}
        onRow={(b) => ({
          onClick: () => onOpen(b.id),
          className: 'ud-clickable',
          'data-testid': `bulletin-row-${b.id}`,
        })}
        columns={[
          { key: 'issue', title: t('bulletins.list.columns.issue'), width: 90, render: (_, b) => n(b.issueNumber) },
          { key: 'title', title: t('bulletins.list.columns.title'), dataIndex: 'title' },
          { key: 'date', title: t('bulletins.list.columns.date'), width: 140, render: (_, b) => formatDate(b.date) },
        ]}
      />
      {items && (
        <div className="ud-muted ud-mt" data-testid="bulletins-count">
          {t('bulletins.list.count', { n: n(items.length) })}
        </div>
      )}
      <Typography.Title level={5} className="ud-mt">
        {t('bulletins.list.campaigns')}
      </Typography.Title>
      <CampaignTable items={campaigns} onOpen={onCampaign} />
      <SuppressedList />
    </div>
  );
}

export function CampaignTable({ items, onOpen }: { items: Campaign[] | null; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const n = useCount();
  return (
    <Table<Campaign>
      rowKey="id"
      size="small"
      loading={items === null}
      dataSource={items ?? []}
      pagination={false}
      locale={{ emptyText: t('bulletins.list.noCampaigns') }}
      data-testid="campaigns-table"
      onRow={(c) => ({ onClick: () => onOpen(c.id), className: 'ud-clickable', 'data-testid': `campaign-row-${c.id}` })}
      columns={[
        { key: 'subject', title: t('bulletins.list.campaignColumns.subject'), dataIndex: 'subject' },
        {
          key: 'state',
          title: t('bulletins.list.campaignColumns.state'),
          width: 130,
          render: (_, c) => <CampaignStateTag state={c.state} />,
        },
        {
          key: 'sent',
          title: t('bulletins.list.campaignColumns.sent'),
          width: 140,
          render: (_, c) => `${n(c.counts.sent)} / ${n(c.counts.sent + c.counts.remaining + c.counts.failedPerm)}`,
        },
        {
          key: 'created',
          title: t('bulletins.list.campaignColumns.created'),
          width: 160,
          render: (_, c) => formatDateTime(c.createdAt),
        },
      ]}
    />
  );
}
