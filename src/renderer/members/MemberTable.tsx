/**
 * The register table: antd's virtual table over one stable slot per member. Cells read the member from the list's
 * store; the empty slots on screen ask for their page, and only those cells re-render when it arrives.
 */
import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, type HTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../shared/members-contract';
import { formatDateVi } from '../../shared/text/format';
import { MemberCell } from './MemberCell';
import type { MemberStore } from './memberStore';
import { RowLoader } from './RowLoader';
import { StatusTag } from './StatusTag';
import type { Row } from './useMemberList';

interface Props {
  rows: Row[];
  store: MemberStore;
  loading: boolean;
  height: number;
  emptyText: string;
  onOpen: (id: string) => void;
  ensure: (index: number) => void;
}

const WIDTHS = {
  stt: 56,
  fullName: 210,
  dateOfBirth: 104,
  gender: 92,
  unit: 150,
  position: 150,
  status: 156,
  phone: 116,
};
const SCROLL_X = Object.values(WIDTHS).reduce((a, b) => a + b, 0);

export function MemberTable({ rows, store, loading, height, emptyText, onOpen, ensure }: Props) {
  const { t } = useTranslation();
  const columns = useMemo<ColumnsType<Row>>(() => {
    const cell = (render: (m: Member) => ReactNode) => (_: unknown, r: Row) => (
      <MemberCell store={store} index={r.index} render={render} />
    );
    return [
      {
        key: 'stt',
        title: t('members.columns.stt'),
        width: WIDTHS.stt,
        align: 'right',
        render: (_: unknown, r: Row) => r.index + 1,
      },
      {
        key: 'fullName',
        title: t('members.columns.fullName'),
        width: WIDTHS.fullName,
        ellipsis: true,
        render: (_: unknown, r: Row) => (
          <MemberCell
            store={store}
            index={r.index}
            render={(m) => <span className="ud-member-name">{m.fullName}</span>}
            empty={<RowLoader index={r.index} onNeed={ensure} />}
          />
        ),
      },
      {
        key: 'dateOfBirth',
        title: t('members.columns.dateOfBirth'),
        width: WIDTHS.dateOfBirth,
        render: cell((m) => formatDateVi(m.dateOfBirth)),
      },
      {
        key: 'gender',
        title: t('members.columns.gender'),
        width: WIDTHS.gender,
        render: cell((m) => (m.gender ? t(`members.genders.${m.gender}`) : '')),
      },
      {
        key: 'unit',
        title: t('members.columns.unit'),
        width: WIDTHS.unit,
        ellipsis: true,
        render: cell((m) => m.unit ?? ''),
      },
      {
        key: 'position',
        title: t('members.columns.position'),
        width: WIDTHS.position,
        ellipsis: true,
        render: cell((m) => m.position ?? ''),
      },
      {
        key: 'status',
        title: t('members.columns.status'),
        width: WIDTHS.status,
        render: cell((m) => <StatusTag status={m.status} />),
      },
      { key: 'phone', title: t('members.columns.phone'), width: WIDTHS.phone, render: cell((m) => m.phone ?? '') },
    ];
  }, [t, ensure, store]);

  const onRow = (r: Row): HTMLAttributes<HTMLElement> => {
    const open = () => {
      const m = store.get(r.index);
      if (m) onOpen(m.id);
    };
    return {
      onClick: open,
      onKeyDown: (e) => {
        if (e.key === 'Enter') open();
      },
      tabIndex: 0,
      className: 'ud-list-row',
      ...{ 'data-testid': 'member-row' },
    };
  };

  return (
    <div data-testid="members-table">
      <Table<Row>
        virtual
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={rows}
        pagination={false}
        loading={loading}
        scroll={{ x: SCROLL_X, y: height }}
        onRow={onRow}
        locale={{ emptyText }}
      />
    </div>
  );
}
