/** Starts `uniondesk web` on a fresh data folder and returns the URL it prints (with the token). */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface RunningHost {
  url: string;
  dataDir: string;
  output(): string;
  stop(): Promise<void>;
}

const ROOT = path.resolve(import.meta.dirname, '../..');
const URL_RE = /http:\/\/127\.0\.0\.1:\d+\/#token=[^\s"']+/;

export interface HostOptions {
  /** Runs on the fresh data folder before the host starts (e.g. `uniondesk init` through the CLI). */
  prepare?: (dataDir: string) => Promise<void>;
  /** Extra environment for the host (e.g. UNIONDESK_TEST_KDF). */
  env?: Record<string, string>;
}

export async function startHost(timeoutMs = 90_000, opts: HostOptions = {}): Promise<RunningHost> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'uniondesk-e2e-'));
  await opts.prepare?.(dataDir);
  const child: ChildProcess = spawn(
    process.execPath,
    ['bin/uniondesk.mjs', 'web', '--data-dir', dataDir, '--port', '0'],
    {
      cwd: ROOT,
      env: { ...process.env, ...opts.env, UNIONDESK_PASSPHRASE: '', UNIONDESK_DATA_DIR: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`web host printed no URL within ${timeoutMs} ms`)), timeoutMs);
      const check = () => {
        const m = URL_RE.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[0]);
        }
      };
      child.stdout!.on('data', check);
      void exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`web host exited (${code}) before printing its URL`));
      });
    });
    return { url, dataDir, output: () => `--- stdout\n${out}\n--- stderr\n${err}`, stop };
  } catch (e) {
    await stop();
    throw new Error(`${(e as Error).message}\n--- stdout\n${out}\n--- stderr\n${err}`, { cause: e });
  }
}
