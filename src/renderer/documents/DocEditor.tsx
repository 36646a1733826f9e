/** Loads one document (a given version, or the current one) and opens the workspace on it. */
import { Alert, Button, Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { DocWorkspace, type Loaded } from './DocWorkspace';
import { detailText } from '../common/errors';

export function DocEditor({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { call } = useApi();
  const [version, setVersion] = useState<number | undefined>(undefined);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setLoaded(null);
    setError(null);
    call('docs.get', version === undefined ? { id } : { id, version }).then(
      (res) => live && setLoaded({ ...res, requested: version }),
      (err) => live && setError(detailText(t, err)),
    );
    return () => {
      live = false;
    };
  }, [call, id, version, t]);

  if (error)
    return (
      <Alert
        type="error"
        showIcon
        title={error}
        data-testid="doc-load-error"
        action={
          <Button size="small" onClick={onClose}>
            {t('documents.editor.back')}
          </Button>
        }
      />
    );
  if (!loaded) return <Skeleton active />;
  return (
    <DocWorkspace
      key={`${id}:${loaded.requested ?? 'current'}`}
      loaded={loaded}
      onVersion={setVersion}
      onClose={onClose}
    />
  );
}
