import type { RawApi } from '../../shared/api';

export type ConnectionState = 'connecting' | 'open' | 'closed';

export interface ConnectionMonitor {
  readonly state: ConnectionState;
  subscribe(cb: (state: ConnectionState) => void): () => void;
}

/** What the app needs from its host: the contract API, and (for sockets) whether the link is up. */
export interface Transport {
  api: RawApi;
  connection?: ConnectionMonitor;
  /** Web only: the page has no token (opened without the address `uniondesk web` printed): nothing to connect. */
  missingToken?: boolean;
}

/** `details` of the error a transport returns when it has lost the core. */
export const DISCONNECTED_DETAILS = { transport: 'disconnected' } as const;

export function isDisconnectedDetails(details: unknown): boolean {
  return (
    typeof details === 'object' && details !== null && (details as { transport?: unknown }).transport === 'disconnected'
  );
}
