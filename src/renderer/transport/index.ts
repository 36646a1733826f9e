/**
 * The transport seam. In Electron the preload exposes `window.api` (a RawApi over a message port);
 * in a browser (web host, e2e tests) we talk to the core over a WebSocket to the same host.
 */
import type { RawApi } from '../../shared/api';
import type { Transport } from './types';
import { socketProtocols, takeWebToken } from './token';
import { apiSocketUrl, createWebSocketTransport, disconnectedResult } from './websocket';

export type { Transport, ConnectionState, ConnectionMonitor } from './types';
export { isDisconnectedDetails } from './types';

declare global {
  interface Window {
    api?: RawApi;
  }
}

export function createTransport(win: Window = window): Transport {
  if (win.api && typeof win.api.invoke === 'function' && typeof win.api.onEvent === 'function') {
    return { api: win.api };
  }
  const token = takeWebToken(win);
  if (!token) return { api: { invoke: async () => disconnectedResult(), onEvent: () => () => {} }, missingToken: true };
  return createWebSocketTransport({ url: apiSocketUrl(win.location), protocols: socketProtocols(token) });
}
