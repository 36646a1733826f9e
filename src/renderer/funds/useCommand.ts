/**
 * One read command's answer for a page: fetched when its input changes, again on `reload()` (after a write); the
 * previous answer stays on screen while the next one loads, so a table does not flash empty.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandInput, CommandName, CommandOutput } from '../../shared/contract';
import { useApi } from '../api/ApiContext';
import { detailText } from '../common/errors';

export function useCommand<N extends CommandName>(name: N, input: CommandInput<N> | null) {
  const { t } = useTranslation();
  const { call } = useApi();
  const [data, setData] = useState<CommandOutput<N> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  // The input as text: a new object with the same fields each render must not fetch again.
  const key = input === null ? null : JSON.stringify(input);

  useEffect(() => {
    if (key === null) return;
    let live = true;
    setLoading(true);
    call(name, JSON.parse(key) as CommandInput<N>).then(
      (d) => live && (setData(d), setError(null), setLoading(false)),
      (err) => live && (setError(detailText(t, err)), setLoading(false)),
    );
    return () => {
      live = false;
    };
  }, [call, name, key, tick, t]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, loading, reload };
}
