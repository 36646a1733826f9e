/** Interfaces the core needs from its host (Electron main, CLI, web host, tests). */
import type { DomainModule } from './module';

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
  /** Tests only: the length of a minute for the idle lock (`idleLockMinutes`), so that it fires in milliseconds. */
  idleMinuteMs?: number;
  /** Extra domain modules after the built-in ones (tests: a toy domain). Checked like the built-in ones. */
  modules?: DomainModule[];
}
