/** One table for the import's rejected and flagged rows: spreadsheet row, translated field, the core's reason. */
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';

interface Problem {
  row: number;
  field: string;
  reason: string;
}

export function ImportProblemTable({ rows, testId }: { rows: Problem[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <Table<Problem>
      size="small"
      data-testid={testId}
      rowKey={(r) => `${r.row}:${r.field}:${r.reason}`}
      dataSource={rows}
      pagination={{ pageSize: 8, hideOnSinglePage: true, showSizeChanger: false }}
      columns={[
        { key: 'row', title: t('members.import.row'), dataIndex: 'row', width: 80 },
        {
          key: 'field',
          title: t('members.import.field'),
          dataIndex: 'field',
          width: 200,
          render: (f: string) => t(`memberFields.${f}`, { defaultValue: f }),
        },
        { key: 'reason', title: t('members.import.reason'), dataIndex: 'reason' },
      ]}
    />
  );
}
