/**
 * Rows with a wrong optional field (a bad email, a phone of five digits): they import with that cell left empty,
 * or, if the user says so, not at all. Either way the reasons are listed, and the rows to fix can be downloaded.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../shared/members-contract';
import { ImportProblemTable } from './ImportProblemTable';

interface Props {
  report: ImportReport;
  /** In the check step the user chooses; the report only says what was chosen. */
  onSkipFlagged?: (skip: boolean) => void;
  skipFlagged: boolean;
}

export const rowCount = (list: { row: number }[]) => new Set(list.map((r) => r.row)).size;

export function ImportFlagged({ report, onSkipFlagged, skipFlagged }: Props) {
  const { t } = useTranslation();
  if (!report.flagged.length) return null;
  return (
    <section data-testid="import-flagged-section">
      <Typography.Title level={5} className="ud-section-title">
        {t('members.import.flaggedTitle', { n: rowCount(report.flagged) })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('members.import.flaggedHelp')}</Typography.Paragraph>
      {onSkipFlagged ? (
        <Radio.Group
          value={skipFlagged ? 'skip' : 'import'}
          onChange={(e) => onSkipFlagged(e.target.value === 'skip')}
          data-testid="import-flagged-choice"
          aria-label={t('members.import.flaggedTitle', { n: rowCount(report.flagged) })}
          options={[
            { value: 'import', label: t('members.import.flaggedImport') },
            { value: 'skip', label: t('members.import.flaggedSkip') },
          ]}
        />
      ) : (
        report.skipped > 0 && (
          <Typography.Paragraph data-testid="import-flagged-skipped">
            {t('members.import.flaggedSkipped', { n: report.skipped })}
          </Typography.Paragraph>
        )
      )}
      <ImportProblemTable rows={report.flagged} testId="import-flagged" />
    </section>
  );
}

/** The rejected and flagged rows as .xlsx (the core makes it from the same file and choices). */
export function ProblemsDownload({
  report,
  busy,
  onDownload,
}: {
  report: ImportReport;
  busy: boolean;
  onDownload: () => void;
}) {
  const { t } = useTranslation();
  if (!report.rejected.length && !report.flagged.length) return null;
  return (
    <div className="ud-import-download">
      <Button icon={<DownloadOutlined />} loading={busy} onClick={onDownload} data-testid="import-download-problems">
        {t('members.import.download')}
      </Button>
      <Typography.Text type="secondary">{t('members.import.downloadHelp')}</Typography.Text>
    </div>
  );
}
