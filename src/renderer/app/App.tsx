/**
 * The top of the UI: asks the core for its state and shows the first-run wizard, the unlock screen or the shell.
 */
import { Button, Result, Spin } from 'antd';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandOutput, EventPayload } from '../../shared/contract';
import { useApi } from '../api/ApiContext';
import { errorText } from '../common/errors';
import { Shell } from '../shell/Shell';
import { UnlockScreen } from '../vault/UnlockScreen';
import { ConnectionBanner } from './ConnectionBanner';
import { useConnectionState } from './ConnectionContext';

// First run only, and it brings the contract's schemas (zod) for the union profile: not in the start-up chunk.
const Wizard = lazy(async () => ({ default: (await import('../vault/Wizard')).Wizard }));

export type AppStatus = CommandOutput<'app.status'>;
type LockReason = EventPayload<'vault.locked'>['reason'];

export type Phase =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'wizard'; status: AppStatus; resume: boolean }
  | { kind: 'unlock'; status: AppStatus; reason?: LockReason; tryKeystore: boolean }
  | { kind: 'shell'; status: AppStatus; orgName: string };

export function App() {
  const { t } = useTranslation();
  const { api, call, onLockedError } = useApi();
  const connection = useConnectionState();
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [epoch, setEpoch] = useState(0);
  const keystoreTried = useRef(false);
  const phaseRef = useRef(phase);
  phaseRef.current = phase;

  const refresh = useCallback(
    async (reason?: LockReason) => {
      try {
        const status = await call('app.status', {});
        if (status.state === 'new') return setPhase({ kind: 'wizard', status, resume: false });
        if (status.state === 'locked') {
          const tryKeystore = status.keystoreEnrolled && !keystoreTried.current && !reason;
          keystoreTried.current = true;
          return setPhase({ kind: 'unlock', status, reason, tryKeystore });
        }
        const org = await call('org.get', {});
        const name = org.profile?.name?.trim() ?? '';
        if (!name) return setPhase({ kind: 'wizard', status, resume: true });
        setPhase({ kind: 'shell', status, orgName: name });
      } catch (err) {
        setPhase({ kind: 'failed', message: errorText(t, err) });
      }
    },
    [call, t],
  );

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(
    () =>
      api.onEvent('vault.locked', (payload) => {
        if (phaseRef.current.kind === 'wizard') return;
        void refresh(payload?.reason ?? 'user');
      }),
    [api, refresh],
  );

  // A command refused with LOCKED means the vault was locked elsewhere (another window, idle timer): re-read.
  useEffect(
    () =>
      onLockedError(() => {
        if (phaseRef.current.kind === 'shell') void refresh();
      }),
    [onLockedError, refresh],
  );

  // After the link to the core comes back, the core may have restarted or locked: ask again.
  const lastConnection = useRef(connection);
  useEffect(() => {
    const before = lastConnection.current;
    lastConnection.current = connection;
    if (connection === 'open' && before !== 'open' && phaseRef.current.kind !== 'wizard') void refresh();
  }, [connection, refresh]);

  const lock = useCallback(async () => {
    try {
      await call('vault.lock', {});
    } finally {
      await refresh('user');
    }
  }, [call, refresh]);

  const afterRestore = useCallback(async () => {
    setEpoch((e) => e + 1);
    await refresh('restore');
  }, [refresh]);

  return (
    <>
      <ConnectionBanner />
      <Screen phase={phase} epoch={epoch} refresh={refresh} lock={lock} afterRestore={afterRestore} />
    </>
  );
}

interface ScreenProps {
  phase: Phase;
  epoch: number;
  refresh: (reason?: LockReason) => Promise<void>;
  lock: () => Promise<void>;
  afterRestore: () => Promise<void>;
}

function Screen({ phase, epoch, refresh, lock, afterRestore }: ScreenProps) {
  const { t } = useTranslation();
  const done = () => void refresh();
  switch (phase.kind) {
    case 'loading':
      return <Loading />;
    case 'failed':
      return (
        <Result
          status="error"
          title={t('app.startFailed')}
          subTitle={phase.message}
          extra={
            <Button type="primary" onClick={done}>
              {t('app.retry')}
            </Button>
          }
        />
      );
    case 'wizard':
      return (
        <Suspense fallback={<Loading />}>
          <Wizard status={phase.status} resume={phase.resume} onDone={done} />
        </Suspense>
      );
    case 'unlock':
      return (
        <UnlockScreen status={phase.status} reason={phase.reason} tryKeystore={phase.tryKeystore} onUnlocked={done} />
      );
    case 'shell':
      return (
        <Shell
          key={epoch}
          status={phase.status}
          orgName={phase.orgName}
          onLock={lock}
          onOrgChanged={done}
          onRestored={afterRestore}
        />
      );
  }
}

function Loading() {
  const { t } = useTranslation();
  return (
    <div className="ud-center">
      <Spin size="large" />
      <div className="ud-muted">{t('app.loading')}</div>
    </div>
  );
}
