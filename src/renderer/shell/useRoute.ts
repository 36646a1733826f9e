import { useCallback, useEffect, useState } from 'react';
import { parseHash, toHash, type PageKey } from './nav';

/** The current page lives in location.hash, so it survives reloads of the shell. */
export function useRoute() {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const go = useCallback((page: PageKey, sub?: string) => {
    const hash = toHash(page, sub);
    if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
    setRoute({ page, sub });
  }, []);
  return { ...route, go };
}
