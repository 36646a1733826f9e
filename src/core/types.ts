/** Interfaces the core needs from its host (Electron main, CLI, web host, tests). */
import type { JobKind } from './jobs/kinds';

/** The OS keystore (Electron safeStorage). Absent in the CLI and the web host. */
export interface KeyStore {
  /** False where no real OS keystore exists (e.g. Linux `basic_text`). */
  isAvailable(): Promise<boolean>;
  encrypt(plain: Buffer): Promise<Buffer>;
  decrypt(wrapped: Buffer): Promise<Buffer>;
}

export interface CoreOptions {
  /** The data folder: vault.json, the database, backups/, logs/. Created when missing. */
  dataDir: string;
  keystore?: KeyStore;
  /** Overrides for tests and benchmarks (e.g. a cheaper KDF). */
  kdf?: { N: number; r: number; p: number };
  appVersion?: string;
  /** Extra persistent job kinds (tests). TODO(merge): the modules' jobKinds replace this (issue 8, feed). */
  jobKinds?: JobKind[];
}
