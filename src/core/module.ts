/**
 * A domain module: everything one domain brings to the core (its contract part, handlers with their modes,
 * migrations, tables, job kinds, hooks). The core assembles the list in modules.ts; adding a domain is one folder
 * plus one line there.
 */
import type { z } from 'zod';
import type { CommandSchema, ContractPart } from '../shared/contract-part';
import type { CoreContext } from './context';
import type { ChangeSet } from './db/changes';
import type { Migration } from './db/migrate';
import type { JobKind } from './jobs/kinds';

/**
 * `read` never waits behind a write (it runs on the session's read-only connection); `write` runs one at a time
 * through the write queue; `job` answers `{ jobId }` at once and queues its work itself.
 */
export type CommandMode = 'read' | 'write' | 'job';
export const COMMAND_MODES: readonly CommandMode[] = ['read', 'write', 'job'];

export interface CommandSpec<S extends CommandSchema = CommandSchema> {
  mode: CommandMode;
  // Method syntax on purpose: a handler for one command's input is accepted where any handler is expected.
  handler(input: z.output<S['input']>, ctx: CoreContext): Promise<z.output<S['output']>>;
}
export type CommandSpecs<P extends ContractPart> = { [N in keyof P['commands']]: CommandSpec<P['commands'][N]> };

export type { ChangeSet } from './db/changes';
export type { JobKind } from './jobs/kinds';

/** Whether a table's rows go up to the upper-level union (`sync`) or stay on this computer (`local`). */
export type TableSync = 'sync' | 'local';

export interface DomainModule<P extends ContractPart = ContractPart> {
  name: string;
  contract: P;
  /** Exactly the names of `contract.commands`: one missing or extra throws at startup. */
  commands: CommandSpecs<P>;
  /** Global version numbers (one sequence across all modules, no gaps): see db/migrate.ts. */
  migrations?: Migration[];
  /** Every table this module's migrations create; a table declared by two modules throws at startup. */
  tables?: Record<string, TableSync>;
  jobKinds?: JobKind[];
  /**
   * After the vault opens, inside the write queue: start work (e.g. warm an index), never wait on
   * `ctx.exclusive` here (that would wait on itself).
   */
  onUnlock?(ctx: CoreContext): Promise<void> | void;
  /** After each committed write: keep derived data (search index, folded columns) current. */
  onChange?(change: ChangeSet, ctx: CoreContext): void;
}

/** Checks a module against its own contract part at compile time; the core checks it again at startup. */
export function defineModule<P extends ContractPart>(module: DomainModule<P>): DomainModule {
  return module as unknown as DomainModule;
}

type AnyHandler = (input: never, ctx: CoreContext) => Promise<unknown>;

/** Pairs a domain's handlers (handlers.ts) with their modes: a handler without a mode does not compile. */
export function withModes<H extends Record<string, AnyHandler>>(
  handlers: H,
  modes: { [K in keyof H]: CommandMode },
): { [K in keyof H]: { mode: CommandMode; handler: H[K] } } {
  const out = {} as { [K in keyof H]: { mode: CommandMode; handler: H[K] } };
  for (const name of Object.keys(handlers) as (keyof H)[]) out[name] = { mode: modes[name], handler: handlers[name] };
  return out;
}
