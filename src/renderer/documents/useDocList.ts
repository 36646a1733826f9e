/** The register as the table shows it: docs.list for the current search and filters; older answers are dropped. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandInput } from '../../shared/contract';
import type { DocRecord } from '../../shared/documents-contract';
import { useApi } from '../api/ApiContext';
import { errorText } from '../common/errors';

export type DocFilters = CommandInput<'docs.list'>;

export function useDocList(filters: DocFilters) {
  const { t } = useTranslation();
  const { call } = useApi();
  const [state, setState] = useState<{ docs: DocRecord[]; loaded: boolean; error: string | null; shownQuery: string }>({
    docs: [],
    loaded: false,
    error: null,
    shownQuery: '',
  });
  const [version, setVersion] = useState(0);
  const generation = useRef(0);
  const key = JSON.stringify(filters);

  useEffect(() => {
    const gen = ++generation.current;
    const f = JSON.parse(key) as DocFilters;
    call('docs.list', f).then(
      (docs) => gen === generation.current && setState({ docs, loaded: true, error: null, shownQuery: f.query ?? '' }),
      (err) => gen === generation.current && setState((s) => ({ ...s, loaded: true, error: errorText(t, err) })),
    );
  }, [key, version, call, t]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { ...state, reload };
}
