/**
 * A real HTTP proxy on 127.0.0.1 in front of the real server, for the failures sync must survive: a response lost
 * after the server committed (the retry must be a no-op), a connection cut halfway through a response, and a request
 * held while the test kills the server. Nothing is faked: the client talks HTTP to this proxy exactly as it would to
 * a reverse proxy in front of the upper level's server, and the proxy talks HTTP to the server process.
 *
 * Faults are one-shot and per route: `proxy.fault('push', 'drop')` applies to the next push request only, so a test
 * (or the property test's random schedule) says precisely which exchange fails.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Route = 'push' | 'pull' | 'state' | 'snapshot' | 'register' | 'other';

/**
 * - `pass`: nothing (a placeholder, so the fault after it hits the second request of the route).
 * - `drop`: forward the request, read the server's whole answer (it committed), then close the client's connection
 *   without a byte of it.
 * - `cut`: forward, send the status, headers and half the body, then close.
 * - `hold`: keep the request here until `release()` (the test kills the server meanwhile), then forward it.
 * - `kill`: forward the request and, the moment its last byte is written, call `onKill` (the test SIGKILLs the
 *   server): the server dies while it reads, merges or commits the batch. Which of those it reached is a race on
 *   purpose; what sync promises must hold in every case.
 */
export type Fault = 'pass' | 'drop' | 'cut' | 'hold' | 'kill';

export function routeOf(url: string | undefined): Route {
  const p = new URL(url ?? '/', 'http://x').pathname;
  if (p.endsWith('/v1/sync/push')) return 'push';
  if (p.endsWith('/v1/sync/pull')) return 'pull';
  if (p.endsWith('/v1/sync/state')) return 'state';
  if (p.endsWith('/v1/sync/snapshot')) return 'snapshot';
  if (p.endsWith('/v1/register')) return 'register';
  return 'other';
}

interface Held {
  route: Route;
  release: () => void;
}

export interface Exchange {
  route: Route;
  method: string;
  /** The server's status, or 0 when the server could not be reached. */
  status: number;
  /** What the proxy did to the answer. */
  fault: Fault | null;
  /** Time from forwarding the request to the server's last byte (what the server took, plus the local hop). */
  ms?: number;
}

export class SyncProxy {
  /** Every exchange, in order: tests read what really went over the wire. */
  readonly log: Exchange[] = [];
  private readonly faults = new Map<Route, Fault[]>();
  private readonly sockets = new Set<Socket>();
  private heldWaiters: ((h: Held) => void)[] = [];
  private held: Held[] = [];
  /** Called by a `kill` fault right after the request went to the server. */
  onKill: () => void = () => undefined;

  private constructor(
    private readonly server: http.Server,
    /** The server's address; changes when the server restarts on another port. */
    public target: string,
  ) {}

  static async start(target: string): Promise<SyncProxy> {
    const server = http.createServer();
    const proxy = new SyncProxy(server, target);
    server.on('request', (req, res) => void proxy.handle(req, res));
    server.on('connection', (s) => {
      proxy.sockets.add(s);
      s.on('close', () => proxy.sockets.delete(s));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The next request on `route` gets `fault` (faults queue up: two calls = the next two requests). */
  fault(route: Route, fault: Fault): void {
    const list = this.faults.get(route) ?? [];
    list.push(fault);
    this.faults.set(route, list);
  }

  /** Faults not yet used (a test asserts its fault really happened). */
  pendingFaults(): number {
    let n = 0;
    for (const list of this.faults.values()) n += list.length;
    return n;
  }

  clearFaults(): void {
    this.faults.clear();
  }

  /** Resolves when a request with a `hold` fault arrived; call `release` to forward it. */
  nextHeld(): Promise<Held> {
    const h = this.held.shift();
    if (h) return Promise.resolve(h);
    return new Promise((resolve) => this.heldWaiters.push(resolve));
  }

  count(route: Route, fault?: Fault | null): number {
    return this.log.filter((e) => e.route === route && (fault === undefined || e.fault === fault)).length;
  }

  async close(): Promise<void> {
    for (const h of this.held.splice(0)) h.release();
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const route = routeOf(req.url);
    const fault = this.faults.get(route)?.shift() ?? null;
    const body = await readAll(req);
    if (fault === 'hold') {
      await new Promise<void>((release) => {
        const h = { route, release };
        const waiter = this.heldWaiters.shift();
        if (waiter) waiter(h);
        else this.held.push(h);
      });
    }
    const entry: Exchange = { route, method: req.method ?? 'GET', status: 0, fault };
    this.log.push(entry);
    let upstream: { status: number; headers: http.IncomingHttpHeaders; body: Buffer };
    const started = process.hrtime.bigint();
    try {
      upstream = await forward(this.target, req, body, fault === 'kill' ? this.onKill : undefined);
      entry.ms = Number(process.hrtime.bigint() - started) / 1e6;
    } catch {
      // The server is gone (killed): the client sees its connection close, as it would through a real proxy.
      res.socket?.destroy();
      return;
    }
    entry.status = upstream.status;
    if (fault === 'drop') return void res.socket?.destroy();
    const headers = { ...upstream.headers };
    delete headers['transfer-encoding'];
    delete headers.connection;
    headers['content-length'] = String(upstream.body.length);
    res.writeHead(upstream.status, headers);
    if (fault === 'cut') {
      res.write(upstream.body.subarray(0, Math.floor(upstream.body.length / 2)));
      // Let the half reach the client before the connection dies.
      setTimeout(() => res.socket?.destroy(), 20);
      return;
    }
    res.end(upstream.body);
  }
}

function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

function forward(
  target: string,
  req: http.IncomingMessage,
  body: Buffer,
  sent?: () => void,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  const url = new URL(req.url ?? '/', target);
  const headers = { ...req.headers, host: url.host, 'content-length': String(body.length) };
  delete headers['transfer-encoding'];
  return new Promise((resolve, reject) => {
    // No keep-alive towards the server: a pooled socket to a killed server must not be reused.
    const out = http.request(url, { method: req.method, headers, agent: false }, (up) => {
      readAll(up).then((b) => resolve({ status: up.statusCode ?? 0, headers: up.headers, body: b }), reject);
    });
    out.on('error', reject);
    out.end(body, sent);
  });
}
