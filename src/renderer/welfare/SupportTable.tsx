/** Support payments as a table (newest first): the welfare page lists everyone's, the member page one member's. */
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Support } from '../../shared/welfare-contract';
import { formatDateVi } from '../../shared/text/format';
import { vnd } from '../funds/format';

interface Props {
  items: Support[];
  loading: boolean;
  /** Shows the member column (the whole union's list). */
  withMember?: boolean;
  pageSize?: number;
}

export function SupportTable({ items, loading, withMember, pageSize = 20 }: Props) {
  const { t } = useTranslation();
  const sorted = [...items].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <Table<Support>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={sorted}
      locale={{ emptyText: withMember ? t('welfare.support.empty') : t('welfare.member.empty') }}
      pagination={{ pageSize, hideOnSinglePage: true, showSizeChanger: false }}
      rowClassName={(s) => (s.cancelled ? 'ud-funds-cancelled' : '')}
      onRow={() => ({ 'data-testid': 'welfare-support-row' }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { key: 'date', title: t('welfare.support.date'), width: 100, render: (_, s) => formatDateVi(s.date) },
        ...(withMember
          ? [{ key: 'member', title: t('welfare.support.member'), ellipsis: true, dataIndex: 'memberName' }]
          : []),
        {
          key: 'kind',
          title: t('welfare.support.kind'),
          render: (_, s) => (
            <>
              {t(`welfare.kinds.${s.kind}`)} {s.cancelled && <Tag color="red">{t('welfare.cancelled')}</Tag>}
            </>
          ),
        },
        {
          key: 'amount',
          title: t('welfare.support.amount'),
          align: 'right',
          render: (_, s) => <span className="ud-funds-money">{vnd(s.amount)}</span>,
        },
        { key: 'decision', title: t('welfare.support.decision'), ellipsis: true, dataIndex: 'decision' },
        {
          key: 'voucher',
          title: t('welfare.support.voucher'),
          width: 90,
          render: (_, s) => <span data-testid="welfare-support-voucher">{s.voucher.code}</span>,
        },
      ]}
    />
  );
}
