import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UpperLevelRecord } from '../../shared/contract';
import { formatDate } from '../app/format';

export function UpperLevelHistory({ records }: { records: UpperLevelRecord[] }) {
  const { t } = useTranslation();
  return (
    <Table<UpperLevelRecord>
      data-testid="upper-level-history"
      size="small"
      pagination={false}
      rowKey={(r) => `${r.validFrom}|${r.name}|${r.type ?? ''}`}
      dataSource={records}
      locale={{ emptyText: t('org.history.empty') }}
      columns={[
        { title: t('org.history.validFrom'), dataIndex: 'validFrom', render: (v: string) => formatDate(v), width: 140 },
        { title: t('org.history.name'), dataIndex: 'name' },
        {
          title: t('org.history.type'),
          dataIndex: 'type',
          render: (v: UpperLevelRecord['type']) => (v ? t(`org.types.${v}`) : ''),
        },
      ]}
    />
  );
}
