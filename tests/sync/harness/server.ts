/**
 * The real upper-level server for the sync proofs: `uniondesk-server` processes on a data folder (SQLite by
 * default, PostgreSQL with a database url), with its admin commands (org add, code, device revoke) run as the
 * upper level's admin would, while the server runs. `kill()` is SIGKILL (a power cut, an OOM kill): the next
 * `start()` on the same folder must find every committed push and nothing half-written.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { ROOT, tempDir } from '../../cli/helpers';

export const SERVER_BIN = path.join(ROOT, 'bin', 'uniondesk-server.mjs');

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runServerBin(args: string[]): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SERVER_BIN, ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, TMPDIR: process.env.TMPDIR, HOME: process.env.HOME },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export class SyncServer {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();
  url = '';
  /** Everything the server wrote to stderr (a test shows it when something fails; secrets must never be in it). */
  log = '';

  private constructor(readonly dataDir: string) {}

  /** A new data folder (`init`), on PostgreSQL when `databaseUrl` is given, and the server started on it. */
  static async create(databaseUrl?: string): Promise<SyncServer> {
    const dataDir = tempDir('ud-server-');
    await SyncServer.admin(['init', '--data-dir', dataDir, ...(databaseUrl ? ['--database-url', databaseUrl] : [])]);
    const s = new SyncServer(dataDir);
    await s.start();
    return s;
  }

  /** An admin command that must succeed; its stdout parsed when it is JSON. */
  static async admin<T = unknown>(args: string[]): Promise<T> {
    const r = await runServerBin(args);
    if (r.code !== 0) throw new Error(`uniondesk-server ${args.join(' ')} → exit ${r.code}\n${r.stdout}\n${r.stderr}`);
    const out = r.stdout.trim();
    return (out.startsWith('{') ? JSON.parse(out) : out) as T;
  }

  async start(): Promise<string> {
    const port = String(await freePort());
    const child = spawn(process.execPath, [SERVER_BIN, 'start', '--data-dir', this.dataDir, '--port', port], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, TMPDIR: process.env.TMPDIR, HOME: process.env.HOME },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (this.log += d));
    this.url = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`server did not start:\n${this.log}`)), 60_000);
      child.stdout!.setEncoding('utf8').on('data', (d: string) => {
        out += d;
        const m = /^(https?:\/\/127\.0\.0\.1:\d+)\s*$/m.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${this.log}`)));
    });
    return this.url;
  }

  /** SIGKILL: no chance to finish a transaction or close anything. */
  async kill(): Promise<void> {
    this.child?.kill('SIGKILL');
    await this.exited;
    this.child = null;
  }

  /** SIGTERM, as an operator stops it. */
  async stop(): Promise<void> {
    this.child?.kill('SIGTERM');
    await this.exited;
    this.child = null;
  }

  async addOrg(name: string): Promise<string> {
    return (
      await SyncServer.admin<{ id: string }>(['org', 'add', '--data-dir', this.dataDir, '--name', name, '--json'])
    ).id;
  }

  async code(orgId: string): Promise<string> {
    return (await SyncServer.admin<{ code: string }>(['code', '--data-dir', this.dataDir, '--org', orgId, '--json']))
      .code;
  }

  async devices(orgId: string) {
    return SyncServer.admin<{
      devices: { id: string; registeredAt: string; lastSyncAt: string | null; revoked: boolean }[];
    }>(['device', 'list', '--data-dir', this.dataDir, '--org', orgId, '--json']);
  }

  async revoke(deviceId: string): Promise<void> {
    await SyncServer.admin(['device', 'revoke', '--data-dir', this.dataDir, '--device', deviceId]);
  }
}
