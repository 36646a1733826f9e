/**
 * Cài đặt → Đồng bộ: registering this PC with the upper-level union's server (and the first sync's choice when
 * both sides hold data), then the sync status, "Đồng bộ ngay", the automatic interval, the conflicts to resolve
 * and "Ngừng đồng bộ". Everything follows the core's `sync.changed` event.
 */
import { Alert, App, Divider, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncResult } from '../../shared/sync-contract';
import { errorText } from '../common/errors';
import { AutoSyncSetting } from './AutoSyncSetting';
import { ConflictsList } from './ConflictsList';
import { FirstSyncChoice, type Registration } from './FirstSyncChoice';
import { RegisterForm } from './RegisterForm';
import { SyncPanel } from './SyncPanel';
import { useSyncStatus } from './useSyncStatus';
import './sync.css';

export function SyncTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { status, error, reload, set } = useSyncStatus();
  const [result, setResult] = useState<SyncResult | null>(null);
  // The first sync needs the secretary's choice: the registration just typed (its code kept in memory only, so it
  // is not asked twice), or the registered server when sync now answered SYNC_CHOICE (the code is asked again).
  const [choice, setChoice] = useState<Registration | null>(null);

  const registered = (org: string, r: SyncResult) => {
    void message.success(t('sync.register.done', { org }));
    setResult(r);
    setChoice(null);
    void reload();
  };

  let body;
  if (error && !status) body = <Alert type="error" showIcon title={errorText(t, error)} role="alert" />;
  else if (!status) body = <Skeleton active />;
  else if (choice || (status.registered && status.lastError?.code === 'SYNC_CHOICE'))
    body = (
      <FirstSyncChoice
        registration={choice ?? { server: status.server ?? '', code: '' }}
        onDone={registered}
        onCancel={status.registered ? undefined : () => setChoice(null)}
      />
    );
  else if (!status.registered) body = <RegisterForm onRegistered={registered} onNeedChoice={setChoice} />;
  else
    body = (
      <>
        <SyncPanel
          status={status}
          result={result}
          onResult={setResult}
          onStatus={set}
          onNeedChoice={() => setChoice({ server: status.server ?? '', code: '' })}
        />
        <Divider />
        <AutoSyncSetting minutes={status.autoMinutes} onStatus={set} />
        <ConflictsList count={status.conflicts} onResolved={() => void reload()} />
      </>
    );

  return (
    <div className="ud-narrow" data-testid="sync-tab">
      <Typography.Paragraph type="secondary">{t('sync.intro')}</Typography.Paragraph>
      {body}
    </div>
  );
}
