/**
 * Runs the CLI for tests. `run` calls the real entry point (`main` of src/cli/main.ts) in this process, with its
 * own stdout, stderr, stdin and an explicit environment: the same parsing, core and output as `bin/uniondesk.mjs`,
 * without a process start per command. `runProcess`/`start` spawn the real `bin/uniondesk.mjs`, kept for what only a
 * process shows (exit codes, signals, environment, --help). Neither ever sees the caller's UNIONDESK_* or HOME.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main, type ProgramOptions } from '../../src/cli/main';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(ROOT, 'bin', 'uniondesk.mjs');

// The core reads this from its own process: set here, by the test, for in-process runs (never from the caller).
process.env.UNIONDESK_TEST_KDF = 'fast';

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export type Env = Record<string, string | undefined>;

const dirs: string[] = [];
let home: string | undefined;
export function tempDir(prefix = 'uniondesk-cli-'): string {
  const d = mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(d);
  return d;
}
export function cleanup(): void {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  home = undefined;
}

/** A HOME of the tests' own, so nothing a run does can land in (or read from) the user's real one. */
function testHome(): string {
  home ??= tempDir('uniondesk-home-');
  return home;
}

/**
 * The whole environment of a run: a test HOME, the fast KDF and what the test gives (undefined removes). For a
 * process also PATH and TMPDIR (the core allows the fast KDF only under the temp folder the tests use).
 */
export function testEnv(extra: Env = {}, forProcess = false): Record<string, string> {
  const env: Env = { HOME: testHome(), UNIONDESK_TEST_KDF: 'fast' };
  if (forProcess) Object.assign(env, { PATH: process.env.PATH, TMPDIR: os.tmpdir() });
  Object.assign(env, extra);
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
}

/**
 * The CLI in this process: exit code, stdout, stderr; `stdin` is what a command reading "-" gets; `program` adds
 * faces and core modules (a toy domain).
 */
export async function run(args: string[], env: Env = {}, stdin = '', program: ProgramOptions = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io = {
    env: testEnv(env),
    home: testHome(),
    stdin: [Buffer.from(stdin)],
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  };
  const code = await main(args, io, program);
  return { code, stdout, stderr };
}

export function start(args: string[], env: Env = {}): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: testEnv(env, true),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The real `uniondesk` process. */
export function runProcess(args: string[], env: Env = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = start(args, env);
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** stdout must be exactly one JSON document. */
export function json<T = any>(r: RunResult): T {
  try {
    return JSON.parse(r.stdout) as T;
  } catch {
    throw new Error(`stdout is not one JSON document (exit ${r.code}):\n${r.stdout}\n--- stderr:\n${r.stderr}`);
  }
}

export const PASS = 'mật khẩu thử nghiệm 1';

/**
 * Runs on the data folder `dir()` (read at each run: tests set it in beforeAll) with the passphrase: `cli` prints
 * one JSON document, `human` text; `stdin` is what a command reading "-" gets.
 */
export function runsOn(dir: () => string, env: Env = { UNIONDESK_PASSPHRASE: PASS }) {
  return {
    cli: (...args: string[]) => run(['--json', '--data-dir', dir(), ...args], env),
    human: (...args: string[]) => run(['--data-dir', dir(), ...args], env),
    withStdin: (args: string[], stdin: string) => run(['--json', '--data-dir', dir(), ...args], env, stdin),
  };
}

/** A fresh data folder with a vault; returns the folder and the recovery key. */
export async function initVault(orgName = 'Công đoàn cơ sở Công ty Thử Nghiệm', passphrase = PASS) {
  const dataDir = tempDir();
  const r = await run(['--json', '--data-dir', dataDir, 'init', '--org-name', orgName], {
    UNIONDESK_PASSPHRASE: passphrase,
  });
  if (r.code !== 0) throw new Error(`init failed (${r.code}): ${r.stdout} ${r.stderr}`);
  return { dataDir, recoveryKey: json<{ recoveryKey: string }>(r).recoveryKey };
}
