/**
 * The dry run: header row, what would happen, the columns still to choose, the column mapping with each column's
 * values, the rows with a wrong cell (import them or not), and every row that would be refused.
 */
import { Alert, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../shared/members-contract';
import { ImportCounts } from './ImportCounts';
import { ImportFlagged, ProblemsDownload } from './ImportFlagged';
import { ImportMappingTable } from './ImportMappingTable';
import { ImportRejected } from './ImportRejected';

interface Props {
  fileName: string;
  preview: ImportReport;
  checking: boolean;
  onMapping: (letter: string, target: string) => void;
  skipFlagged: boolean;
  onSkipFlagged: (skip: boolean) => void;
  downloading: boolean;
  onDownload: () => void;
}

export function ImportCheckStep(props: Props) {
  const { fileName, preview, checking, onMapping } = props;
  const { t } = useTranslation();
  return (
    <Spin spinning={checking} description={t('members.import.checking')}>
      <Typography.Paragraph>
        <Typography.Text strong>{t('members.import.file', { name: fileName })}</Typography.Text>
        {' · '}
        <span data-testid="import-header-row">{t('members.import.headerRow', { row: preview.headerRow })}</span>
      </Typography.Paragraph>
      <ImportCounts report={preview} testId="import-dryrun-summary" />
      {preview.ambiguous.map((a) => (
        <Alert
          key={a.column}
          type="warning"
          showIcon
          className="ud-form-alert"
          data-testid="import-ambiguous"
          title={t('members.import.ambiguous', { col: a.column, header: a.header })}
        />
      ))}
      <Typography.Title level={5} className="ud-section-title">
        {t('members.import.mappingTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('members.import.mappingHelp')}</Typography.Paragraph>
      {preview.unmapped.length > 0 && (
        <Alert
          type="warning"
          showIcon
          className="ud-form-alert"
          data-testid="import-unmapped"
          title={t('members.import.unmapped', { list: preview.unmapped.map((h) => `«${h}»`).join(', ') })}
        />
      )}
      <ImportMappingTable preview={preview} onChange={onMapping} />
      <ImportFlagged report={preview} skipFlagged={props.skipFlagged} onSkipFlagged={props.onSkipFlagged} />
      <ImportRejected report={preview} />
      <ProblemsDownload report={preview} busy={props.downloading} onDownload={props.onDownload} />
    </Spin>
  );
}
