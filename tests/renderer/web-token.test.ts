/**
 * The web host's token on the page: read from the fragment, taken out of the address bar, kept in the tab's
 * sessionStorage (a reload still connects), and offered to the host as a WebSocket subprotocol.
 */
import { describe, expect, it } from 'vitest';
import { createTransport } from '../../src/renderer/transport';
import { socketProtocols, takeWebToken, type TokenWindow } from '../../src/renderer/transport/token';

const TOKEN = 'q8Xw3kP0_zV-1c2d3e4f5g6h7i8j9k0lMnOpQrStUvW';

/** A tab: its address (path, query, fragment), history and sessionStorage. */
function tab(hash: string, stored: Record<string, string> = {}) {
  const storage = new Map(Object.entries(stored));
  const win = {
    location: { pathname: '/', search: '', hash, protocol: 'http:', host: '127.0.0.1:5123' },
    history: {
      replaceState: (_s: unknown, _t: string, url: string) => {
        win.location.hash = url.includes('#') ? url.slice(url.indexOf('#')) : '';
        win.replaced.push(url);
      },
    },
    sessionStorage: {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => void storage.set(k, v),
    },
    replaced: [] as string[],
  };
  return { win: win as unknown as TokenWindow & { replaced: string[] }, storage };
}

describe('the web token', () => {
  it('comes from the fragment, leaves the address bar and stays in the tab for a reload', () => {
    const { win, storage } = tab(`#token=${TOKEN}`);
    expect(takeWebToken(win)).toBe(TOKEN);
    expect(win.replaced).toEqual(['/']);
    expect(win.location.hash).toBe('');
    expect([...storage.values()]).toEqual([TOKEN]);
    // The reload: no fragment any more, the tab still has it.
    expect(takeWebToken(win)).toBe(TOKEN);
  });

  it('a new fragment replaces the one kept (the host was restarted with a new token)', () => {
    const { win } = tab('#token=' + 'n'.repeat(43), { 'uniondesk.webToken': TOKEN });
    expect(takeWebToken(win)).toBe('n'.repeat(43));
  });

  it('a page route in the fragment is not a token and is left alone', () => {
    const { win } = tab('#members');
    expect(takeWebToken(win)).toBeNull();
    expect(win.replaced).toEqual([]);
  });

  it('is offered as a subprotocol beside the wire protocol', () => {
    expect(socketProtocols(TOKEN)).toEqual(['uniondesk', `token.${TOKEN}`]);
  });

  it('without a token the transport does not connect and says so', async () => {
    const { win } = tab('');
    const t = createTransport(win as unknown as Window);
    expect(t.missingToken).toBe(true);
    expect(await t.api.invoke('app.status', {})).toMatchObject({ ok: false });
  });
});
