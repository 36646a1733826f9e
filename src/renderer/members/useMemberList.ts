/**
 * The register as the virtual table sees it: one stable row slot per matching member (`total` from the core) and a
 * store the visible cells read, filled page by page as rows scroll into view. A change of filters starts a new
 * generation; answers for an older one are dropped, so fast typing never shows a stale list.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandInput } from '../../shared/contract';
import { useApi } from '../api/ApiContext';
import { errorText } from '../common/errors';
import { MemberStore } from './memberStore';

export type ListFilters = Omit<CommandInput<'members.list'>, 'offset' | 'limit'>;

export interface Row {
  key: string;
  index: number;
}

export const PAGE_SIZE = 200;

// Row slots are shared between generations: a new search over 50,000 members allocates nothing new.
const SLOTS: Row[] = [];
function slots(total: number): Row[] {
  for (let i = SLOTS.length; i < total; i++) SLOTS.push(Object.freeze({ key: `r${i}`, index: i }));
  return SLOTS.slice(0, total);
}

interface State {
  rows: Row[];
  store: MemberStore;
  total: number;
  loaded: boolean;
  error: string | null;
  /** The search text the shown rows answer (lags the box while a query is on its way). */
  shownQuery: string;
}

export function useMemberList(filters: ListFilters) {
  const { t } = useTranslation();
  const { call } = useApi();
  const [state, setState] = useState<State>(() => ({
    rows: [],
    store: new MemberStore(),
    total: 0,
    loaded: false,
    error: null,
    shownQuery: '',
  }));
  const [version, setVersion] = useState(0);
  const generation = useRef({ id: 0, filters, pages: new Set<number>(), store: state.store });
  const key = JSON.stringify(filters);

  useEffect(() => {
    const gen = {
      id: generation.current.id + 1,
      filters: JSON.parse(key) as ListFilters,
      pages: new Set([0]),
      store: new MemberStore(),
    };
    generation.current = gen;
    call('members.list', { ...gen.filters, offset: 0, limit: PAGE_SIZE }).then(
      (res) => {
        if (gen !== generation.current) return;
        gen.store.put(0, res.items, false);
        setState({
          rows: slots(res.total),
          store: gen.store,
          total: res.total,
          loaded: true,
          error: null,
          shownQuery: gen.filters.query ?? '',
        });
      },
      (err) => {
        if (gen === generation.current) setState((s) => ({ ...s, loaded: true, error: errorText(t, err) }));
      },
    );
  }, [key, version, call, t]);

  /** Asks for the page holding row `index` (called by the empty rows the table renders). */
  const ensure = useCallback(
    (index: number) => {
      const gen = generation.current;
      const page = Math.floor(index / PAGE_SIZE);
      if (gen.pages.has(page)) return;
      gen.pages.add(page);
      call('members.list', { ...gen.filters, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
        (res) => gen.store.put(page * PAGE_SIZE, res.items),
        () => gen.pages.delete(page),
      );
    },
    [call],
  );

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { ...state, ensure, reload };
}
