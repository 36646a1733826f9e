/** Runs the real `bin/uniondesk.mjs` in a child process, with a clean environment and a cheap test KDF. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(ROOT, 'bin', 'uniondesk.mjs');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export type Env = Record<string, string | undefined>;

/** The parent's environment without any UNIONDESK_* variable, plus the fast KDF for tests. */
export function baseEnv(extra: Env = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('UNIONDESK_')) env[k] = v;
  env.UNIONDESK_TEST_KDF = 'fast';
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

export function start(args: string[], env: Env = {}): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: baseEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
}

export function run(args: string[], env: Env = {}): Promise<RunResult> {
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

const dirs: string[] = [];
export function tempDir(prefix = 'uniondesk-cli-'): string {
  const d = mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(d);
  return d;
}
export function cleanup(): void {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

export const PASS = 'mật khẩu thử nghiệm 1';

/** A fresh data folder with a vault; returns the folder and the recovery key. */
export async function initVault(orgName = 'Công đoàn cơ sở Công ty Thử Nghiệm', passphrase = PASS) {
  const dataDir = tempDir();
  const r = await run(['--json', '--data-dir', dataDir, 'init', '--org-name', orgName], { UNIONDESK_PASSPHRASE: passphrase });
  if (r.code !== 0) throw new Error(`init failed (${r.code}): ${r.stdout} ${r.stderr}`);
  return { dataDir, recoveryKey: json<{ recoveryKey: string }>(r).recoveryKey };
}
