/**
 * Builds the core's tables from the domain modules and refuses, at startup, every inconsistency that would
 * otherwise show up later as a missing command or a wrong answer: a module name, command, event, table or job kind
 * used twice; a handler without a contract entry or the reverse; a command without a valid mode; migration
 * versions used twice or with a gap.
 */
// Imports only leaf files (module.ts has no runtime imports): modules.ts runs this at load time, so it must not
// sit in an import cycle.
import type { CommandSchema } from '../shared/contract-part';
import type { Migration } from './db/migrate';
import type { CoreContext } from './context';
import { COMMAND_MODES, type CommandMode, type CommandSpec, type DomainModule } from './module';
import type { ChangeSet, JobKind, TableSync } from './module';

export interface CommandEntry {
  module: string;
  mode: CommandMode;
  schema: CommandSchema;
  handler: CommandSpec['handler'];
}

export interface Assembly {
  modules: readonly DomainModule[];
  commands: ReadonlyMap<string, CommandEntry>;
  events: ReadonlySet<string>;
  migrations: Migration[];
  schemaVersion: number;
  tables: ReadonlyMap<string, { module: string; sync: TableSync }>;
  /** The tables declared `local`: their rows never reach the sync outbox. */
  localTables: ReadonlySet<string>;
  jobKinds: ReadonlyMap<string, JobKind>;
}

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

function claim<T>(map: Map<string, T>, what: string, name: string, value: T, owner: (v: T) => string, by: string) {
  const taken = map.get(name);
  if (taken !== undefined) throw new Error(`${what} "${name}" is declared by both ${owner(taken)} and ${by}`);
  map.set(name, value);
}

/**
 * Every module's migrations, by version. Versions are one global sequence 1, 2, 3…: a real user's database
 * records only the last one applied (user_version), so two modules may never share a number or leave a hole.
 */
export function gatherMigrations(modules: readonly { name: string; migrations?: readonly Migration[] }[]): Migration[] {
  const owner = new Map<number, string>();
  const all: Migration[] = [];
  for (const m of modules) {
    for (const mig of m.migrations ?? []) {
      if (!Number.isInteger(mig.version) || mig.version < 1) {
        throw new Error(`Migration ${mig.name} of ${m.name}: bad version ${mig.version}`);
      }
      const taken = owner.get(mig.version);
      if (taken) throw new Error(`Migration version ${mig.version} is used twice (${taken} and ${m.name})`);
      owner.set(mig.version, m.name);
      all.push(mig);
    }
  }
  all.sort((a, b) => a.version - b.version);
  all.forEach((mig, i) => {
    if (mig.version !== i + 1) {
      throw new Error(`Migration versions have a gap: expected ${i + 1}, found ${mig.version} (${mig.name})`);
    }
  });
  if (all.length === 0) throw new Error('No migrations: the foundation module is missing');
  return all;
}

export function assembleModules(modules: readonly DomainModule[]): Assembly {
  const names = new Map<string, string>();
  const commands = new Map<string, CommandEntry>();
  const events = new Map<string, string>();
  const tables = new Map<string, { module: string; sync: TableSync }>();
  const jobKinds = new Map<string, JobKind & { module: string }>();
  for (const m of modules) {
    claim(names, 'Module', m.name, m.name, (v) => v, m.name);
    for (const name of Object.keys(m.commands)) {
      if (!own(m.contract.commands, name)) throw new Error(`Module ${m.name}: handler "${name}" has no contract entry`);
    }
    for (const [name, schema] of Object.entries(m.contract.commands)) {
      if (!own(m.commands, name)) throw new Error(`Module ${m.name}: contract entry "${name}" has no handler`);
      const spec = m.commands[name];
      if (!COMMAND_MODES.includes(spec.mode)) throw new Error(`Module ${m.name}: command "${name}" has no valid mode`);
      if (typeof spec.handler !== 'function') throw new Error(`Module ${m.name}: command "${name}" has no handler`);
      const entry = { module: m.name, mode: spec.mode, schema, handler: spec.handler };
      claim(commands, 'Command', name, entry, (e) => e.module, m.name);
    }
    for (const name of Object.keys(m.contract.events ?? {})) claim(events, 'Event', name, m.name, (v) => v, m.name);
    for (const [name, sync] of Object.entries(m.tables ?? {})) {
      if (sync !== 'sync' && sync !== 'local') {
        throw new Error(`Module ${m.name}: table "${name}" must be declared sync or local`);
      }
      claim(tables, 'Table', name, { module: m.name, sync }, (t) => t.module, m.name);
    }
    for (const k of m.jobKinds ?? []) {
      claim(jobKinds, 'Job kind', k.kind, { ...k, module: m.name }, (j) => j.module, m.name);
    }
  }
  const migrations = gatherMigrations(modules);
  return {
    modules,
    commands,
    events: new Set(events.keys()),
    migrations,
    schemaVersion: migrations[migrations.length - 1].version,
    tables,
    localTables: new Set([...tables].filter(([, t]) => t.sync === 'local').map(([name]) => name)),
    jobKinds,
  };
}

/**
 * Hands one committed ChangeSet to every module's onChange (derived data: search index, folded columns). One module
 * failing is logged and does not stop the others. The session's change feed calls this after each COMMIT.
 */
export function forwardChange(modules: readonly DomainModule[], change: ChangeSet, ctx: CoreContext): void {
  for (const m of modules) {
    if (!m.onChange) continue;
    try {
      m.onChange(change, ctx);
    } catch (err) {
      ctx.log.error('module.onChange', { module: m.name, error: err instanceof Error ? err.name : typeof err });
    }
  }
}
