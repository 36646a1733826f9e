/** The four numbers of an import: added (or to add), updated, unchanged, rows rejected. */
import { Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../shared/members-contract';

export function ImportCounts({ report, testId }: { report: ImportReport; testId: string }) {
  const { t } = useTranslation();
  // Rows, not problems: a row left out lists each of its problems.
  const rejectedRows = new Set(report.rejected.map((r) => r.row)).size;
  const items = [
    {
      key: 'imported',
      label: t(report.dryRun ? 'members.import.willAdd' : 'members.import.added'),
      value: report.imported,
    },
    {
      key: 'updated',
      label: t(report.dryRun ? 'members.import.willUpdate' : 'members.import.updated'),
      value: report.updated,
    },
    { key: 'unchanged', label: t('members.import.unchanged'), value: report.unchanged },
    {
      key: 'rejected',
      label: t('members.import.rejected'),
      value: rejectedRows,
      danger: rejectedRows > 0,
    },
  ];
  return (
    <Row gutter={16} data-testid={testId} className="ud-import-counts">
      {items.map((i) => (
        <Col key={i.key} xs={12} md={6}>
          <Statistic
            title={i.label}
            value={i.value}
            styles={i.danger ? { content: { color: '#cf1322' } } : undefined}
            data-testid={`${testId}-${i.key}`}
          />
        </Col>
      ))}
    </Row>
  );
}
