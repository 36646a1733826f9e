/** The meetings: upcoming (planned, soonest first), held, minutes signed or all (meetings.list); "Tạo cuộc họp". */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Segmented, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { MEETING_STATUSES, type MeetingStatus, type meetingSummary } from '../../shared/meetings-contract';
import { useApi } from '../api/ApiContext';
import { formatDateTime } from '../app/format';
import { FormError } from '../common/FormError';
import { detailText } from '../common/errors';

type Summary = z.infer<typeof meetingSummary>;
type Filter = MeetingStatus | 'all';
const STATUS_COLORS: Record<MeetingStatus, string> = { planned: 'blue', held: 'green', minutesSigned: 'purple' };

export function MeetingList({ onOpen, onNew }: { onOpen: (id: string) => void; onNew: () => void }) {
  const { t } = useTranslation();
  const { call } = useApi();
  const [filter, setFilter] = useState<Filter>('planned');
  const [items, setItems] = useState<Summary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setItems(null);
    call('meetings.list', filter === 'all' ? {} : { status: filter }).then(
      (res) => live && setItems(res.items),
      (err) => live && setError(detailText(t, err)),
    );
    return () => {
      live = false;
    };
  }, [call, filter, t]);

  return (
    <div data-testid="meetings-list">
      <div className="ud-meeting-toolbar">
        <Typography.Title level={3} className="ud-page-title">
          {t('meetings.title')}
        </Typography.Title>
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={[...MEETING_STATUSES, 'all' as const].map((s) => ({
            value: s,
            label: (
              <span data-testid={`meetings-filter-${s}`}>
                {s === 'all' ? t('meetings.list.all') : t(`meetings.statuses.${s}`)}
              </span>
            ),
          }))}
        />
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={onNew}
          className="ud-push-right"
          data-testid="meetings-new"
        >
          {t('meetings.list.new')}
        </Button>
      </div>
      <FormError error={error} testId="meetings-error" />
      <Table<Summary>
        rowKey="id"
        size="middle"
        loading={items === null}
        dataSource={items ?? []}
        pagination={false}
        locale={{ emptyText: t('meetings.list.empty') }}
        onRow={(m) => ({
          onClick: () => onOpen(m.id),
          className: 'ud-clickable',
          'data-testid': `meeting-row-${m.id}`,
        })}
        columns={[
          {
            key: 'time',
            title: t('meetings.list.columns.time'),
            width: 160,
            render: (_, m) => formatDateTime(m.startsAt),
          },
          {
            key: 'kind',
            title: t('meetings.list.columns.kind'),
            width: 220,
            render: (_, m) => t(`meetings.kinds.${m.kind}`),
          },
          { key: 'title', title: t('meetings.list.columns.title'), dataIndex: 'title' },
          { key: 'place', title: t('meetings.list.columns.place'), dataIndex: 'place', width: 240 },
          {
            key: 'status',
            title: t('meetings.list.columns.status'),
            width: 150,
            render: (_, m) => <Tag color={STATUS_COLORS[m.status]}>{t(`meetings.statuses.${m.status}`)}</Tag>,
          },
        ]}
      />
      {items && (
        <div className="ud-muted ud-mt" data-testid="meetings-count">
          {t('meetings.list.count', { n: items.length })}
        </div>
      )}
    </div>
  );
}
