/**
 * The web host's token, as the page receives it: in the URL fragment (`#token=…`, never sent to any server),
 * taken out of the address bar at once (so it is not in history, bookmarks or a shared screenshot) and kept in
 * this tab's sessionStorage, so that a reload still connects. The socket presents it as a subprotocol.
 */
const KEY = 'uniondesk.webToken';
const FRAGMENT = /^#token=([A-Za-z0-9_-]{16,256})$/;

export type TokenWindow = Pick<Window, 'location' | 'history' | 'sessionStorage'>;

export function takeWebToken(win: TokenWindow): string | null {
  const m = FRAGMENT.exec(win.location.hash);
  if (m) {
    try {
      win.sessionStorage.setItem(KEY, m[1]);
    } catch {
      /* storage refused (private mode): this load still has the token */
    }
    win.history.replaceState(null, '', win.location.pathname + win.location.search);
    return m[1];
  }
  try {
    return win.sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** What the socket offers the host: the protocol, and the token beside it. */
export const socketProtocols = (token: string) => ['uniondesk', `token.${token}`];
