/**
 * Rejected rows (spreadsheet row, translated field, the core's Vietnamese reason) and rows converted from TCVN3/VNI.
 */
import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../shared/members-contract';

type Rejection = ImportReport['rejected'][number];

export function ImportRejected({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  return (
    <>
      {report.rejected.length > 0 && (
        <>
          <Typography.Title level={5} className="ud-section-title">
            {t('members.import.rejectedTitle')}
          </Typography.Title>
          <Table<Rejection>
            size="small"
            data-testid="import-rejected"
            rowKey={(r) => `${r.row}:${r.field}:${r.reason}`}
            dataSource={report.rejected}
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
        </>
      )}
      {report.converted.length > 0 && (
        <div data-testid="import-converted">
          <Typography.Title level={5} className="ud-section-title">
            {t('members.import.convertedTitle')}
          </Typography.Title>
          {report.converted.map((c) => (
            <Tag key={c.row}>
              {t('members.import.converted', { row: c.row, from: t(`members.import.encodings.${c.from}`) })}
            </Tag>
          ))}
        </div>
      )}
    </>
  );
}
