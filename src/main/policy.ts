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
 * What to do when the renderer tries to navigate or open a window: never inside the app; http(s) links
 * (without credentials) may be handed to the system browser, anything else (file:, javascript:, custom
 * schemes, app://…) is dropped.
 */
export type NavigationDecision = { action: 'deny' } | { action: 'open-external'; url: string };

export function decideNavigation(url: unknown): NavigationDecision {
  const u = parse(url);
  if (!u) return { action: 'deny' };
  if (
    (u.protocol === 'https:' || u.protocol === 'http:') &&
    u.username === '' &&
    u.password === '' &&
    u.hostname !== ''
  ) {
    return { action: 'open-external', url: u.href };
  }
  return { action: 'deny' };
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
