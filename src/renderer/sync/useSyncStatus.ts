/**
 * This PC's sync status for a screen: read once with sync.status, then kept current by the core's `sync.changed`
 * event (sent after every attempt, automatic ones included), so the tab and the overview card never show stale
 * counts. `set` takes a status a write command answered with (sync.settings, sync.unregister).
 */
import { useCallback, useEffect, useState } from 'react';
import type { SyncStatus } from '../../shared/sync-contract';
import { useApi } from '../api/ApiContext';

export function useSyncStatus() {
  const { api, call } = useApi();
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [error, setError] = useState<unknown>(null);

  const reload = useCallback(async () => {
    try {
      setStatus(await call('sync.status', {}));
      setError(null);
    } catch (err) {
      setError(err);
    }
  }, [call]);

  useEffect(() => {
    let live = true;
    const off = api.onEvent('sync.changed', (s) => {
      if (live) setStatus(s);
    });
    call('sync.status', {}).then(
      (s) => live && setStatus(s),
      (err: unknown) => live && setError(err),
    );
    return () => {
      live = false;
      off();
    };
  }, [api, call]);

  return { status, error, reload, set: setStatus };
}
