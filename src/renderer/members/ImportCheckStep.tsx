/** The dry run: header row, column mapping, what would happen, and every row that would be refused. */
import { Alert, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../shared/members-contract';
import { ImportCounts } from './ImportCounts';
import { ImportMappingTable } from './ImportMappingTable';
import { ImportRejected } from './ImportRejected';

interface Props {
  fileName: string;
  preview: ImportReport;
  checking: boolean;
  onMapping: (letter: string, target: string) => void;
}

export function ImportCheckStep({ fileName, preview, checking, onMapping }: Props) {
  const { t } = useTranslation();
  return (
    <Spin spinning={checking} description={t('members.import.checking')}>
      <Typography.Paragraph>
        <Typography.Text strong>{t('members.import.file', { name: fileName })}</Typography.Text>
        {' · '}
        <span data-testid="import-header-row">{t('members.import.headerRow', { row: preview.headerRow })}</span>
      </Typography.Paragraph>
      <ImportCounts report={preview} testId="import-dryrun-summary" />
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
      <ImportMappingTable
        mapping={preview.mapping}
        headers={preview.headers}
        unmapped={preview.unmapped}
        disabled={checking}
        onChange={onMapping}
      />
      <ImportRejected report={preview} />
    </Spin>
  );
}
