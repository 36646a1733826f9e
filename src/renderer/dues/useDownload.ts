/** Paper from the core (PDF, .xlsx): fetched, then saved through the browser's download like every other file. */
import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../api/download';
import { detailText } from '../common/errors';

export function useDownload() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const fetchAndSave = async (fetch: () => Promise<{ fileName: string; base64: string; mime?: string }>) => {
    setBusy(true);
    try {
      const file = await fetch();
      downloadFile(file);
      void message.success(t('dues.ledger.downloaded', { name: file.fileName }));
    } catch (err) {
      void message.error(detailText(t, err));
    } finally {
      setBusy(false);
    }
  };
  return { busy, fetchAndSave };
}
