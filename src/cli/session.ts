/**
 * What every command gets: global options resolved, the output, and a core opened on the data folder.
 */
import path from 'node:path';
import type { Command } from 'commander';
import type { CommandInput, CommandName, CommandOutput, JobInfo } from '../shared/contract';
import type { Core } from '../core';
import type { DomainModule } from '../core/module';
// The core (knex, SQLCipher) is loaded only when a command needs it, so --help and usage errors stay instant.
import { defaultDataDir } from '../core/paths';
import { CliError, Output, setOutput } from './io';
import { t } from './i18n';
import { proc } from './proc';
import { ENV, readSecret } from './secrets';

export interface Ctx {
  dataDir: string;
  out: Output;
  /** --passphrase-file, if given. */
  passphraseFile?: string;
}

export interface GlobalOpts {
  dataDir?: string;
  passphraseFile?: string;
  json?: boolean;
}

export function ctxFrom(cmd: Command): Ctx {
  const o = cmd.optsWithGlobals<GlobalOpts>();
  const dir = o.dataDir || proc().env.UNIONDESK_DATA_DIR || defaultDataDir(proc().env, process.platform, proc().home);
  return { dataDir: path.resolve(dir), out: setOutput(new Output(Boolean(o.json))), passphraseFile: o.passphraseFile };
}

/** The passphrase from --passphrase-file or UNIONDESK_PASSPHRASE, if any. */
export function passphrase(ctx: Ctx): string | undefined {
  return readSecret(ctx.passphraseFile, ENV.passphrase);
}

let extraModules: readonly DomainModule[] = [];

/** Run `fn` with core modules beyond the built-in ones in every core it opens (a test's toy domain), then not. */
export async function withCoreModules<T>(modules: readonly DomainModule[], fn: () => Promise<T>): Promise<T> {
  const saved = extraModules;
  extraModules = modules;
  try {
    return await fn();
  } finally {
    extraModules = saved;
  }
}

/** Open the core, run `fn`, and always close the core. */
export async function withCore<T>(ctx: Ctx, fn: (core: Core) => Promise<T>): Promise<T> {
  const { createCore } = await import('../core');
  const core = await createCore({ dataDir: ctx.dataDir, modules: [...extraModules] });
  try {
    return await fn(core);
  } finally {
    await core.close();
  }
}

/** Invoke a command; a failed result becomes a thrown CliError. */
export async function call<N extends CommandName>(
  core: Core,
  name: N,
  input: CommandInput<N>,
): Promise<CommandOutput<N>> {
  const r = await core.invoke(name, input);
  if (!r.ok) throw CliError.from(r.error);
  return r.value as CommandOutput<N>;
}

/** Unlock the vault with the passphrase; without one, fail as "locked" (exit 3). */
export async function unlock(ctx: Ctx, core: Core): Promise<void> {
  const pass = passphrase(ctx);
  if (pass === undefined) throw new CliError('LOCKED', t('err.needPassphrase'));
  await call(core, 'vault.unlock', { passphrase: pass });
}

/** Open the core, unlock it, run `fn`, close. */
export function withVault<T>(ctx: Ctx, fn: (core: Core) => Promise<T>): Promise<T> {
  return withCore(ctx, async (core) => {
    await unlock(ctx, core);
    return fn(core);
  });
}

/** What a command's body gets: the open core, `call` bound to it, and the run's context. */
export interface Run {
  core: Core;
  ctx: Ctx;
  call<N extends CommandName>(name: N, input: CommandInput<N>): Promise<CommandOutput<N>>;
}

/** One command: read its command line, open the core, run, print (see `action`). */
export interface CommandSpec<A extends unknown[], I, T> {
  /** 'vault' (default): unlock with the passphrase first; 'core': open it without unlocking. */
  open?: 'vault' | 'core';
  /** Read the arguments and options (and input files) before the core opens: a usage error needs no vault. */
  input?: (ctx: Ctx, ...args: A) => I | Promise<I>;
  run: (r: Run, input: I) => Promise<T>;
  /** The one JSON document with --json (default: what `run` returned). */
  json?: (value: T, ctx: Ctx) => unknown;
  /** The text for a human (stdout). */
  show: (value: T, ctx: Ctx) => string | undefined;
  /** After printing: may throw `Exit` to end with another code (`doctor` exits 1 when a check failed). */
  after?: (value: T) => void;
}

/**
 * The action of a command (`.action(action({...}))`): commander calls it with the arguments, the options and the
 * command itself; this resolves the global options, opens the core, runs the body, prints its result, closes.
 */
export function action<A extends unknown[], I, T>(spec: CommandSpec<A, I, T>): (...args: unknown[]) => Promise<void> {
  return async (...args) => {
    const ctx = ctxFrom(args[args.length - 1] as Command);
    const input = (await spec.input?.(ctx, ...(args.slice(0, -1) as A))) as I;
    const open = spec.open === 'core' ? withCore : withVault;
    const value = await open(ctx, (core) => spec.run({ core, ctx, call: (name, i) => call(core, name, i) }, input));
    ctx.out.result(spec.json ? spec.json(value, ctx) : value, () => spec.show(value, ctx));
    spec.after?.(value);
  };
}

/** Start a long command, show its progress on stderr, and return the finished job's result. */
export async function runJob<
  N extends 'backup.create' | 'backup.restore' | 'members.importData' | 'meetings.pack' | 'campaigns.send',
>(ctx: Ctx, core: Core, name: N, input: CommandInput<N>): Promise<unknown> {
  let jobId: string | undefined;
  const off = core.onEvent('job.progress', (payload) => {
    const p = payload as JobInfo;
    if (jobId && p.id === jobId && p.total > 0)
      ctx.out.progress(`${name}: ${t('job.progress', { done: p.done, total: p.total })}`);
  });
  try {
    jobId = (await call(core, name, input)).jobId;
    const job = await call(core, 'jobs.wait', { jobId });
    if (job.state !== 'done') {
      const e = job.error ?? { code: 'INTERNAL', message: t('err.code.INTERNAL') };
      throw new CliError(e.code, e.message, e.details);
    }
    return job.result;
  } finally {
    off();
    ctx.out.progress(null);
  }
}
