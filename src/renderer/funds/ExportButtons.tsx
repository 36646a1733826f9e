/** "In PDF" and "Xuất Excel" for one of the finance papers, saved through the browser's download. */
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FileData } from '../../shared/file-data';
import { useDownload } from '../dues/useDownload';

export function ExportButtons({
  fetch,
  testId,
}: {
  fetch: (format: 'pdf' | 'xlsx') => Promise<FileData>;
  testId: string;
}) {
  const { t } = useTranslation();
  const { busy, fetchAndSave } = useDownload();
  return (
    <div className="ud-funds-actions">
      <Button onClick={() => fetchAndSave(() => fetch('pdf'))} loading={busy} data-testid={`${testId}-pdf`}>
        {t('funds.pdf')}
      </Button>
      <Button onClick={() => fetchAndSave(() => fetch('xlsx'))} loading={busy} data-testid={`${testId}-xlsx`}>
        {t('funds.xlsx')}
      </Button>
    </div>
  );
}
