/**
 * Rejected rows (spreadsheet row, translated field, the core's Vietnamese reason) and rows converted from TCVN3/VNI.
 */
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../shared/members-contract';
import { ImportProblemTable } from './ImportProblemTable';

export function ImportRejected({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  return (
    <>
      {report.rejected.length > 0 && (
        <>
          <Typography.Title level={5} className="ud-section-title">
            {t('members.import.rejectedTitle')}
          </Typography.Title>
          <ImportProblemTable rows={report.rejected} testId="import-rejected" />
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
