/**
 * The UnionDesk core: plain Node, no Electron. Every face (Electron utility process, web host, CLI, tests)
 * creates one with `createCore` and talks to it only through `invoke` / `onEvent` (the typed contract).
 */
import type { RawApi } from '../shared/api';

export type { CoreOptions, KeyStore } from './types';

export interface Core extends RawApi {
  readonly dataDir: string;
  /** Locks the vault (if open) and releases files. */
  close(): Promise<void>;
}

export { createCore } from './core';
export { defaultDataDir } from './paths';
