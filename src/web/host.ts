/**
 * The local web host (`npm run web`, `uniondesk web`): serves the built renderer and the core over a WebSocket,
 * on 127.0.0.1 only, behind a random 256-bit token. Plain Node + `ws` (no `electron`).
 *
 * - The token travels in the URL's fragment (`/#token=T`), which browsers never send to a server; the page keeps it
 *   in its tab's sessionStorage and presents it as a WebSocket subprotocol (`token.T`, beside `uniondesk`). No
 *   cookie is ever set: a browser sends cookies of 127.0.0.1 to every port of it, so any local process listening
 *   on another port would receive them.
 * - `/api` upgrades to a WebSocket only with the token and an Origin of this very host (else 401/403). The
 *   static renderer (public code, no data) is served to any request for this host.
 * - Requests whose Host header is not this host are refused (DNS-rebinding guard).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import { createCore, type Core } from '../core';
import type { RawApi } from '../shared/api';
import { SECURITY_HEADERS, resolveStaticFile } from '../host/static';
import { DEFAULT_MAX_MESSAGE_CHARS, createWireServer } from '../host/wire';

export interface WebHostOptions {
  dataDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** The built renderer (default `<repo>/out/renderer`). */
  staticDir?: string;
  /** An existing core; else one is created with `createCore({ dataDir })`. */
  core?: RawApi & { close?(): Promise<void> };
  /** Close the core in `close()`; default true when the host created it, false when it was passed in. */
  closeCore?: boolean;
  /** Largest WebSocket message in bytes (default 10 MB). */
  maxMessageBytes?: number;
  /**
   * The vault locks when the last page has been gone this long (default a minute): a browser that crashed or was
   * killed never said goodbye (no `pagehide`), and reopening the URL must ask for the passphrase again.
   */
  lockWhenAbandonedMs?: number;
}

export interface WebHost {
  /** `http://127.0.0.1:PORT/#token=TOKEN`: open this in a browser. */
  url: string;
  port: number;
  /** The address the server is bound to (always 127.0.0.1). */
  address: string;
  token: string;
  close(): Promise<void>;
}

export const HOST = '127.0.0.1';
/** The subprotocol the page asks for; the token comes as a second one, `token.<T>`, never echoed back. */
export const WIRE_PROTOCOL = 'uniondesk';
export const TOKEN_PROTOCOL_PREFIX = 'token.';

/** The repository (or installed package) root: the nearest folder above this module with a package.json. */
function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if (JSON.parse(readFileSync(pkg, 'utf8')).name === 'uniondesk') return dir;
      } catch {
        /* keep looking */
      }
    }
    const up = path.dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}

export function defaultStaticDir(): string {
  return path.join(packageRoot(), 'out', 'renderer');
}

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** Constant-time token comparison (hashing first makes the lengths equal). */
export function tokenMatches(expected: string, given: string | null | undefined): boolean {
  if (typeof given !== 'string' || given.length === 0 || given.length > 1024) return false;
  return timingSafeEqual(digest(expected), digest(given));
}

/** The token a WebSocket upgrade presents among its subprotocols. */
export function presentedToken(req: http.IncomingMessage): string | undefined {
  const offered = String(req.headers['sec-websocket-protocol'] ?? '').split(',');
  return offered
    .map((p) => p.trim())
    .find((p) => p.startsWith(TOKEN_PROTOCOL_PREFIX))
    ?.slice(TOKEN_PROTOCOL_PREFIX.length);
}

function page(title: string, lines: string[]): string {
  return (
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>' +
    title +
    '</title></head><body style="font-family:sans-serif;max-width:40em;margin:3em auto">' +
    lines.map((l) => `<p>${l}</p>`).join('') +
    '</body></html>'
  );
}

const NOT_BUILT_PAGE = page('UnionDesk – chưa dựng giao diện', [
  'Chưa có bản dựng giao diện. Hãy chạy <code>npm run build</code> rồi mở lại.',
  'The renderer has not been built yet: run <code>npm run build</code>.',
]);
const FORBIDDEN_PAGE = page('UnionDesk – bị từ chối', ['Yêu cầu bị từ chối. / Request refused.']);
const BAD_REQUEST_PAGE = page('UnionDesk – yêu cầu không hợp lệ', ['Đường dẫn không hợp lệ. / Invalid path.']);
const NOT_FOUND_PAGE = page('UnionDesk – không tìm thấy', ['Không tìm thấy. / Not found.']);

function rawDataToString(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(new Uint8Array(data)).toString('utf8');
}

export async function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const staticDir = path.resolve(opts.staticDir ?? defaultStaticDir());
  const maxBytes = opts.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_CHARS;
  const token = randomBytes(32).toString('base64url');
  const ownsCore = !opts.core;
  const core: RawApi & { close?(): Promise<void> } =
    opts.core ?? ((await createCore({ dataDir: opts.dataDir })) as Core);
  const closeCore = opts.closeCore ?? ownsCore;

  let port = 0;
  const allowedHosts = () => new Set([`${HOST}:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://${HOST}:${port}`, `http://localhost:${port}`]);
  const hostOk = (req: http.IncomingMessage) => allowedHosts().has((req.headers.host ?? '').toLowerCase());

  const send = (
    res: http.ServerResponse,
    status: number,
    body: string | Buffer,
    type: string,
    extra: Record<string, string> = {},
  ) => {
    res.writeHead(status, {
      ...SECURITY_HEADERS,
      'Content-Type': type,
      'Content-Length': String(Buffer.byteLength(body)),
      'Cache-Control': 'no-store',
      ...extra,
    });
    res.end(res.req.method === 'HEAD' ? undefined : body);
  };
  const html = 'text/html; charset=utf-8';

  async function onRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!hostOk(req)) return send(res, 403, FORBIDDEN_PAGE, html);
    const rawPath = (req.url ?? '/').split('?')[0];
    const method = req.method ?? 'GET';

    if (method !== 'GET' && method !== 'HEAD') {
      return send(res, 405, FORBIDDEN_PAGE, html, { Allow: 'GET, HEAD' });
    }
    if (rawPath === '/api') return send(res, 426, FORBIDDEN_PAGE, html, { Upgrade: 'websocket' });

    const r = await resolveStaticFile(staticDir, rawPath);
    switch (r.kind) {
      case 'not-built':
        return send(res, 503, NOT_BUILT_PAGE, html);
      case 'bad-request':
        return send(res, 400, BAD_REQUEST_PAGE, html);
      case 'not-found':
        return send(res, 404, NOT_FOUND_PAGE, html);
      case 'file': {
        const body = await fs.readFile(r.filePath);
        return send(res, 200, body, r.contentType, { 'Cache-Control': r.cacheControl });
      }
    }
  }

  const server = http.createServer((req, res) => {
    onRequest(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, page('UnionDesk', ['Lỗi máy chủ. / Server error.']), html);
      else res.destroy();
    });
  });
  server.on('clientError', (_err, socket) => socket.destroy());

  const wire = createWireServer(core, { maxMessageChars: maxBytes });
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: maxBytes,
    handleProtocols: (offered) => (offered.has(WIRE_PROTOCOL) ? WIRE_PROTOCOL : false),
  });

  const refuse = (socket: Duplex, status: number, text: string) => {
    socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    socket.destroy();
  };

  server.on('upgrade', (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const rawPath = (req.url ?? '').split('?')[0];
    if (rawPath !== '/api') return refuse(socket, 404, 'Not Found');
    if (!hostOk(req)) return refuse(socket, 403, 'Forbidden');
    if (!tokenMatches(token, presentedToken(req))) return refuse(socket, 401, 'Unauthorized');
    if (!allowedOrigins().has(req.headers.origin ?? '')) return refuse(socket, 403, 'Forbidden');
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  // No page left: lock once it has stayed so for a while (a reload or a second tab comes back sooner).
  let abandoned: ReturnType<typeof setTimeout> | null = null;
  const stopAbandonedTimer = () => {
    if (abandoned) clearTimeout(abandoned);
    abandoned = null;
  };
  const onLastClientGone = () => {
    stopAbandonedTimer();
    abandoned = setTimeout(() => {
      abandoned = null;
      if (wss.clients.size === 0) void core.invoke('vault.lock', {});
    }, opts.lockWhenAbandonedMs ?? 60_000);
    abandoned.unref();
  };

  wss.on('connection', (ws: WebSocket) => {
    stopAbandonedTimer();
    const session = wire.attach({
      send: (msg) => {
        if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(msg));
      },
    });
    ws.on('message', (data: RawData, isBinary: boolean) => {
      // Only JSON text frames are part of the protocol; binary frames get a "malformed" answer.
      void session.handle(isBinary ? null : rawDataToString(data));
    });
    ws.on('error', () => ws.terminate());
    ws.on('close', () => {
      session.detach();
      if (wss.clients.size === 0) onLastClientGone();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: HOST, port: opts.port ?? 0, exclusive: true }, () => {
      server.off('error', reject);
      resolve();
    });
  }).catch(async (err) => {
    wire.close();
    if (closeCore) await core.close?.();
    throw err;
  });
  const bound = server.address() as AddressInfo;
  port = bound.port;

  let closing: Promise<void> | null = null;
  return {
    url: `http://${HOST}:${port}/#token=${token}`,
    port,
    address: bound.address,
    token,
    close() {
      closing ??= (async () => {
        stopAbandonedTimer();
        wire.close();
        for (const ws of wss.clients) ws.terminate();
        await new Promise<void>((resolve) => wss.close(() => resolve()));
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        if (closeCore) await core.close?.();
      })();
      return closing;
    },
  };
}
