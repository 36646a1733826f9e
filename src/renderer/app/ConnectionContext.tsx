import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { ConnectionMonitor, ConnectionState } from '../transport';

const ConnectionContext = createContext<ConnectionMonitor | undefined>(undefined);

export function ConnectionProvider({ monitor, children }: { monitor?: ConnectionMonitor; children: ReactNode }) {
  return <ConnectionContext.Provider value={monitor}>{children}</ConnectionContext.Provider>;
}

/** The link state to the core ('open' when there is no socket, as in Electron). */
export function useConnectionState(): ConnectionState {
  const monitor = useContext(ConnectionContext);
  const [state, setState] = useState<ConnectionState>(monitor?.state ?? 'open');
  useEffect(() => {
    if (!monitor) return;
    setState(monitor.state);
    return monitor.subscribe(setState);
  }, [monitor]);
  return state;
}
