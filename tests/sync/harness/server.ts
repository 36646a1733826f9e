/**
 * The real upper-level server for the sync proofs (tests/helpers/server-process.ts spawns it): one data folder,
 * SQLite by default or PostgreSQL, started again on the same folder after a SIGKILL (a power cut, an OOM kill) or
 * with its clock moved on (as if time had passed). Admin commands run as the upper level's admin runs them, while the
 * server runs.
 */
import {
  addOrg,
  initServerDir,
  makeCode,
  serverJson,
  startServer,
  type ServerProcess,
} from '../../helpers/server-process';

export interface DeviceListing {
  id: string;
  registeredAt: string;
  lastSyncAt: string | null;
  revoked: boolean;
}

export class SyncServer {
  private proc: ServerProcess | null = null;

  private constructor(readonly dataDir: string) {}

  /** A new data folder (`init`), on PostgreSQL when `databaseUrl` is given, and the server started on it. */
  static async create(databaseUrl?: string): Promise<SyncServer> {
    const s = new SyncServer(await initServerDir({ databaseUrl }));
    await s.start();
    return s;
  }

  get url(): string {
    if (!this.proc) throw new Error('the server is not running');
    return this.proc.url;
  }

  /** What the server logged (shown when a proof fails). */
  log(): string {
    return this.proc?.log() ?? '';
  }

  /** Starts it on its data folder (a new port each time); `clockOffsetMs` moves its clock. */
  async start(clockOffsetMs = 0): Promise<string> {
    const env = clockOffsetMs ? { UNIONDESK_SERVER_CLOCK_OFFSET_MS: String(clockOffsetMs) } : {};
    this.proc = await startServer({ dataDir: this.dataDir, env });
    return this.proc.url;
  }

  /** SIGKILL: no chance to finish a transaction or to close anything. */
  async kill(): Promise<void> {
    const p = this.proc;
    if (!p) return;
    p.kill('SIGKILL');
    await p.exited;
  }

  /** SIGTERM, as an operator stops it. */
  async stop(): Promise<void> {
    await this.proc?.stop();
  }

  addOrg(name: string): Promise<string> {
    return addOrg(this.dataDir, name);
  }

  code(orgId: string): Promise<string> {
    return makeCode(this.dataDir, orgId);
  }

  devices(orgId: string): Promise<{ devices: DeviceListing[] }> {
    return serverJson(['device', 'list', '--data-dir', this.dataDir, '--org', orgId]);
  }

  async revoke(deviceId: string): Promise<void> {
    await serverJson(['device', 'revoke', '--data-dir', this.dataDir, '--device', deviceId]);
  }
}
