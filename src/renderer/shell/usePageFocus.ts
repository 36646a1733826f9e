/**
 * Where keyboard focus goes when a page (or a document) opens: a screen reader then starts reading there, and Tab
 * continues from there instead of from the menu entry or from <body>. A page that focuses something itself (the
 * register's search box) keeps it; otherwise an editor on the page (an open document's body) gets the focus, or
 * else the page's first heading, made focusable by script only (tabIndex -1). Once anything takes the focus after
 * the route changed (the page's own choice, a dialog opened meanwhile, a click), it is left alone.
 */
import { useEffect, type RefObject } from 'react';

/** How long the page may stay still before it counts as shown (an editor mounts a moment after its card). */
const QUIET_MS = 150;
/** After this, focus whatever is there (a page that keeps updating, e.g. a list still streaming in). */
const GIVE_UP_MS = 4000;
const LOADING = '[data-testid="page-loading"], .ant-skeleton, .ant-spin-spinning';

export function usePageFocus(content: RefObject<HTMLElement | null>, route: string): void {
  useEffect(() => {
    const box = content.current;
    if (!box) return;
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const started = Date.now();
    const settle = () => {
      const active = document.activeElement;
      // The page (or the user, meanwhile) put the focus somewhere: leave it.
      if (active && active !== document.body && box.contains(active)) return stop();
      if (box.querySelector(LOADING) && Date.now() - started < GIVE_UP_MS) return;
      const editor = box.querySelector<HTMLElement>('[contenteditable="true"]');
      const heading = box.querySelector<HTMLElement>('h1, h2, h3, h4');
      const target = editor ?? heading;
      if (!target) return;
      if (target === heading && !heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      target.focus({ preventScroll: true });
      stop();
    };
    // Focus taken by anyone after the route changed is a choice: never pull it back to the heading.
    const taken = (e: FocusEvent) => {
      if (e.target !== document.body) stop();
    };
    document.addEventListener('focusin', taken, true);
    const observer = new MutationObserver(() => {
      clearTimeout(quiet);
      quiet = setTimeout(settle, QUIET_MS);
    });
    const giveUp = setTimeout(settle, GIVE_UP_MS);
    function stop() {
      document.removeEventListener('focusin', taken, true);
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(giveUp);
    }
    observer.observe(box, { childList: true, subtree: true });
    quiet = setTimeout(settle, QUIET_MS);
    return stop;
  }, [content, route]);
}
