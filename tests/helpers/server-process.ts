/**
 * The real `uniondesk-server` for tests: a data dir initialised through the CLI, the server spawned as its own
 * process on a free port (port 0: the URL line tells which), admin commands run as the CLI runs them.
 *
 *   const srv = await startServer();                 // SQLite in a temp dir (or { databaseUrl } for PostgreSQL)
 *   const orgId = await addOrg(srv.dataDir, 'CĐCS Công ty A');
 *   const code = await makeCode(srv.dataDir, orgId);
 *   await fetch(`${srv.url}/v1/register`, …);
 *   await srv.stop();                                // SIGTERM, waits for the exit code
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SERVER_BIN = path.join(ROOT, 'bin/uniondesk-server.mjs');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The inherited environment without anything that would change the server's behaviour behind a test's back. */
function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  delete env.UNIONDESK_SERVER_CLOCK_OFFSET_MS;
  delete env.UNIONDESK_STAFF_PASSWORD;
  for (const [k, v] of Object.entries(extra))
    if (v === undefined) delete env[k];
    else env[k] = v;
  return env;
}

/** Runs `uniondesk-server ARGS` to its end. `env` adds variables (e.g. UNIONDESK_SERVER_CLOCK_OFFSET_MS). */
export function runServerCli(args: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SERVER_BIN, ...args], { cwd: ROOT, env: cleanEnv(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs an admin command with --json and returns its parsed output; throws with stderr when it fails. */
export async function serverJson<T = any>(args: string[], env: Record<string, string | undefined> = {}): Promise<T> {
  const r = await runServerCli([...args, '--json'], env);
  if (r.code !== 0) throw new Error(`uniondesk-server ${args.join(' ')} → ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

export function tempServerDir(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ud-server-')), 'data');
}

/** A fresh data dir, initialised (SQLite unless a PostgreSQL URL is given). */
export async function initServerDir(opts: { databaseUrl?: string; name?: string } = {}): Promise<string> {
  const dataDir = tempServerDir();
  const args = ['init', '--data-dir', dataDir];
  if (opts.databaseUrl) args.push('--database-url', opts.databaseUrl);
  if (opts.name) args.push('--name', opts.name);
  await serverJson(args);
  return dataDir;
}

export async function addOrg(dataDir: string, name: string): Promise<string> {
  return (await serverJson<{ id: string }>(['org', 'add', '--data-dir', dataDir, '--name', name])).id;
}

/** A one-time code; `clockOffsetMs` issues it as if the server's clock were shifted (-25 h: already expired). */
export async function makeCode(dataDir: string, orgId: string, clockOffsetMs = 0): Promise<string> {
  const env = clockOffsetMs ? { UNIONDESK_SERVER_CLOCK_OFFSET_MS: String(clockOffsetMs) } : {};
  return (await serverJson<{ code: string }>(['code', '--data-dir', dataDir, '--org', orgId], env)).code;
}

export interface ServerProcess {
  url: string;
  dataDir: string;
  child: ChildProcess;
  /** Everything the server wrote on stderr so far (its JSON log lines). */
  log(): string;
  kill(signal?: NodeJS.Signals): void;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM and wait for the exit (SIGKILL after `timeoutMs`). */
  stop(timeoutMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface StartOptions {
  /** An initialised data dir; a fresh one (SQLite, or `databaseUrl`) when omitted. */
  dataDir?: string;
  databaseUrl?: string;
  port?: number;
  /** More `start` options, e.g. ['--rate-limit', '5']. */
  args?: string[];
  env?: Record<string, string | undefined>;
  /** How long to wait for the URL line. */
  timeoutMs?: number;
}

export async function startServer(opts: StartOptions = {}): Promise<ServerProcess> {
  const dataDir = opts.dataDir ?? (await initServerDir({ databaseUrl: opts.databaseUrl }));
  const child = spawn(
    process.execPath,
    [SERVER_BIN, 'start', '--data-dir', dataDir, '--port', String(opts.port ?? 0), ...(opts.args ?? [])],
    { cwd: ROOT, env: cleanEnv(opts.env), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`uniondesk-server start: no URL within ${opts.timeoutMs ?? 60_000} ms\n${stderr}`));
    }, opts.timeoutMs ?? 60_000);
    child.stdout!.on('data', (d) => {
      stdout += d;
      const m = /^(https?:\/\/\S+)\n/.exec(stdout);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`uniondesk-server start exited with ${code} before listening\n${stderr}`));
    });
  });
  return {
    url,
    dataDir,
    child,
    log: () => stderr,
    kill: (signal = 'SIGKILL') => void child.kill(signal),
    exited,
    async stop(timeoutMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      const r = await exited;
      clearTimeout(timer);
      return r;
    },
  };
}
