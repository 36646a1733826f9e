/**
 * In a browser (web host), leaving or reloading the page locks the vault: the data stays closed until the
 * passphrase is entered again, as after a restart of the desktop app. Electron manages its own windows.
 * (A page with an open WebSocket is not kept in the back/forward cache, so it always starts fresh.)
 */
import type { Transport } from '../transport';

export function lockOnLeave(transport: Transport, win: Window = window): () => void {
  if (!transport.connection) return () => {};
  const onLeave = () => {
    void transport.api.invoke('vault.lock', {});
  };
  win.addEventListener('pagehide', onLeave);
  return () => win.removeEventListener('pagehide', onLeave);
}
