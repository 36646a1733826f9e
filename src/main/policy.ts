/**
 * Security decisions of the Electron main process, as pure functions (no `electron` import) so they are tested
 * under Node. `index.ts` wires them to Electron's events.
 */

/** The privileged scheme and host the renderer is served from: `app://uniondesk/index.html`. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'uniondesk';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

function parse(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length > 8192) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for pages of our own renderer (`app://uniondesk/...`). Used to check every IPC sender frame. */
export function isTrustedAppUrl(url: unknown): boolean {
  const u = parse(url);
  return (
    !!u &&
    u.protocol === `${APP_SCHEME}:` &&
    u.hostname === APP_HOST &&
    u.username === '' &&
    u.password === '' &&
    u.port === ''
  );
}

/**
 * What to do when the renderer tries to navigate or open a window: never inside the app; https links (without
 * credentials) may be handed to the system browser once the user confirms (externalLinkPrompt); anything else
 * (http:, file:, javascript:, custom schemes, app://…) is dropped. Plain http is refused: a link in a document
 * or bulletin could send the user to a page anyone on the network can rewrite.
 */
export type NavigationDecision = { action: 'deny' } | { action: 'open-external'; url: string; host: string };

export function decideNavigation(url: unknown): NavigationDecision {
  const u = parse(url);
  if (!u) return { action: 'deny' };
  if (u.protocol === 'https:' && u.username === '' && u.password === '' && u.hostname !== '') {
    return { action: 'open-external', url: u.href, host: u.host };
  }
  return { action: 'deny' };
}

/** The index of "open" among externalLinkPrompt's buttons (Cancel is the default, for Enter and Esc). */
export const OPEN_LINK_BUTTON = 1;

/**
 * The confirmation before a link leaves the app: it names the host as the URL parser spells it (an IDN shows in
 * its xn-- form, so a look-alike name cannot pass for the real one). Options for Electron's showMessageBox.
 */
export function externalLinkPrompt(decision: { url: string; host: string }) {
  return {
    type: 'question' as const,
    title: 'UnionDesk',
    message: `Mở trang ${decision.host} trong trình duyệt?`,
    detail: `${decision.url}\n\nOpen ${decision.host} in the web browser?`,
    buttons: ['Không mở / Cancel', `Mở ${decision.host} / Open`],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
}

/**
 * Permission requests and checks: refused by default (camera, microphone, notifications, geolocation, HID,
 * serial, USB, display capture, …). The one exception: our own page may write plain text to the clipboard
 * (the "copy recovery key" button).
 */
export const ALLOWED_PERMISSIONS: readonly string[] = ['clipboard-sanitized-write'];

export function decidePermission(permission: unknown, requestingUrl?: unknown): boolean {
  return typeof permission === 'string' && ALLOWED_PERMISSIONS.includes(permission) && isTrustedAppUrl(requestingUrl);
}

/**
 * Which requests the renderer may make at all (a second wall behind the CSP): only its own `app://` files and
 * inline data/blob URLs. The renderer never touches the network; the core does.
 */
export function isAllowedRendererRequest(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('devtools:')) return true;
  return isTrustedAppUrl(url);
}

/** IPC channel names between main and the preload. */
export const PORT_REQUEST_CHANNEL = 'uniondesk:port-request';
export const PORT_CHANNEL = 'uniondesk:port';

/** Command-line values the core process reads: `--data-dir=DIR`, `--app-version=V`. */
export function readArg(argv: readonly string[], name: string): string | undefined {
  const prefix = `--${name}=`;
  const hit = argv.find((a) => a.startsWith(prefix));
  return hit === undefined ? undefined : hit.slice(prefix.length);
}
