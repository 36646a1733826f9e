import { useCallback, useEffect, useState } from 'react';
import { parseHash, toHash, type PageEntry } from './page';

/** The current page lives in location.hash, so it survives reloads of the shell. */
export function useRoute(pages: readonly PageEntry[]) {
  const [route, setRoute] = useState(() => parseHash(window.location.hash, pages));
  useEffect(() => {
    const onHash = () => setRoute(parseHash(window.location.hash, pages));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [pages]);
  const go = useCallback((page: string, sub?: string) => {
    const hash = toHash(page, sub);
    if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
    setRoute({ page, sub });
  }, []);
  return { ...route, go };
}
