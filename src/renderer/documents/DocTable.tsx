/** Sổ văn bản đi as a table: number, date, type, summary, signer, version, status. A row opens the document. */
import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { docTypeName } from '../../shared/document-model';
import type { DocRecord } from '../../shared/documents-contract';
import { formatDate } from '../app/format';
import { DocStatusTag } from './DocStatusTag';

interface Props {
  docs: DocRecord[];
  loading: boolean;
  emptyText: string;
  onOpen: (id: string) => void;
}

export function DocTable({ docs, loading, emptyText, onOpen }: Props) {
  const { t } = useTranslation();
  const columns = useMemo<ColumnsType<DocRecord>>(
    () => [
      {
        key: 'number',
        title: t('documents.register.columns.number'),
        width: 150,
        render: (_: unknown, d) =>
          d.numberText ? (
            <span className="ud-doc-number">{d.numberText}</span>
          ) : (
            <Typography.Text type="secondary">{t('documents.register.noNumber')}</Typography.Text>
          ),
      },
      {
        key: 'date',
        title: t('documents.register.columns.date'),
        width: 110,
        render: (_: unknown, d) => formatDate(d.date),
      },
      {
        key: 'type',
        title: t('documents.register.columns.type'),
        width: 130,
        render: (_: unknown, d) => docTypeName(d.type),
      },
      {
        key: 'summary',
        title: t('documents.register.columns.summary'),
        ellipsis: true,
        render: (_: unknown, d) => d.summary,
      },
      {
        key: 'signer',
        title: t('documents.register.columns.signer'),
        width: 180,
        ellipsis: true,
        render: (_: unknown, d) => d.signer ?? '',
      },
      {
        key: 'version',
        title: t('documents.register.columns.version'),
        width: 90,
        align: 'right',
        render: (_: unknown, d) => d.version,
      },
      {
        key: 'status',
        title: t('documents.register.columns.status'),
        width: 130,
        render: (_: unknown, d) => <DocStatusTag status={d.status} />,
      },
    ],
    [t],
  );

  const onRow = (d: DocRecord): HTMLAttributes<HTMLElement> => ({
    onClick: () => onOpen(d.id),
    onKeyDown: (e) => {
      if (e.key === 'Enter') onOpen(d.id);
    },
    tabIndex: 0,
    className: 'ud-list-row',
    ...{ 'data-testid': 'doc-row', 'data-id': d.id },
  });

  return (
    <div data-testid="docs-table">
      <Table<DocRecord>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={docs}
        loading={loading}
        onRow={onRow}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 900 }}
        locale={{ emptyText }}
      />
    </div>
  );
}
