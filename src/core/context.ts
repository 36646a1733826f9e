import type { z } from 'zod';
import type { CommandName, CommandOutput, Commands, EventName, EventPayload } from '../shared/contract';
import type { Migration } from './db/migrate';
import type { Jobs } from './jobs/jobs';
import type { Logger } from './log';
import type { DataPaths } from './paths';
import type { Session } from './session';
import type { Vault } from './vault/vault';

/** What every domain's handlers get from the core. */
export interface CoreContext {
  readonly paths: DataPaths;
  readonly vault: Vault;
  readonly jobs: Jobs;
  readonly log: Logger;
  readonly version: string;
  /** Every module's migrations, in order (built-in plus any a test added), and the version they lead to. */
  readonly migrations: readonly Migration[];
  readonly schemaVersion: number;
  /** The unlocked session; throws LOCKED (or NOT_INITIALIZED) when there is none. */
  session(): Session;
  maybeSession(): Session | null;
  /** Opens the database with the data key (migrating, with a backup first) and makes it the session. */
  openSession(dataKey: Buffer, deviceId: string, opts?: { restored?: boolean }): Promise<void>;
  closeSession(reason: EventPayload<'vault.locked'>['reason']): Promise<void>;
  emit<N extends EventName>(name: N, payload: EventPayload<N>): void;
  /** Runs work that changes the vault or database state one at a time. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
}

export type Handler<N extends CommandName> = (
  input: z.output<Commands[N]['input']>,
  ctx: CoreContext,
) => Promise<CommandOutput<N>>;
export type HandlerMap<K extends CommandName> = { [N in K]: Handler<N> };
