import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { typed, type RawApi, type TypedApi } from '../../shared/api';
import type { CommandInput, CommandName, CommandOutput } from '../../shared/contract';
import { call, CallError } from './call';

export interface ApiHandle {
  api: TypedApi;
  /** Invokes a command; resolves with its value or throws a CallError. */
  call<N extends CommandName>(name: N, input: CommandInput<N>): Promise<CommandOutput<N>>;
  /** Called whenever any command fails with LOCKED (the vault was locked behind our back). */
  onLockedError(cb: () => void): () => void;
}

const ApiContext = createContext<ApiHandle | null>(null);

export function ApiProvider({ raw, children }: { raw: RawApi; children: ReactNode }) {
  const value = useMemo<ApiHandle>(() => {
    const api = typed(raw);
    const lockedListeners = new Set<() => void>();
    return {
      api,
      async call(name, input) {
        try {
          return await call(api, name, input);
        } catch (err) {
          if (err instanceof CallError && err.code === 'LOCKED') for (const cb of lockedListeners) cb();
          throw err;
        }
      },
      onLockedError(cb) {
        lockedListeners.add(cb);
        return () => {
          lockedListeners.delete(cb);
        };
      },
    };
  }, [raw]);
  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>;
}

export function useApi(): ApiHandle {
  const ctx = useContext(ApiContext);
  if (!ctx) throw new Error('useApi outside ApiProvider');
  return ctx;
}
