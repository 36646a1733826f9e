/**
 * The web host against the real core, over real HTTP and a real WebSocket on 127.0.0.1.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { CSP } from '../../src/host/static';
import { startWebHost, type WebHost } from '../../src/web/host';

interface Res {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(port: number, rawPath: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Res> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/** Sends bytes exactly as given (no client-side path normalisation). */
function rawRequest(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const sock = net.connect(port, '127.0.0.1', () => sock.write(text));
    let out = '';
    sock.on('data', (d) => (out += d.toString('utf8')));
    sock.on('end', () => resolve(out));
    sock.on('error', reject);
  });
}

type WsOutcome = { kind: 'open'; ws: WebSocket } | { kind: 'refused'; status: number };

/** A socket as the page opens it: the token as a subprotocol (or, to prove it is not enough, as a cookie). */
function connectWs(
  port: number,
  opts: { token?: string; origin?: string; path?: string; cookie?: string },
): Promise<WsOutcome> {
  return new Promise((resolve, reject) => {
    const protocols = ['uniondesk', ...(opts.token ? [`token.${opts.token}`] : [])];
    const ws = new WebSocket(`ws://127.0.0.1:${port}${opts.path ?? '/api'}`, protocols, {
      headers: opts.cookie ? { Cookie: opts.cookie } : {},
      ...(opts.origin ? { origin: opts.origin } : {}),
    });
    ws.on('open', () => resolve({ kind: 'open', ws }));
    ws.on('unexpected-response', (_req, res) => {
      resolve({ kind: 'refused', status: res.statusCode ?? 0 });
      ws.terminate();
    });
    ws.on('error', (err) => {
      // A refusal that closes the socket before a parsable response also counts as refused.
      if (/Unexpected server response|socket hang up|ECONNRESET/.test(String(err)))
        resolve({ kind: 'refused', status: 0 });
      else reject(err);
    });
  });
}

function nextMessage(ws: WebSocket, pred: (m: Record<string, unknown>) => boolean = () => true, timeoutMs = 10_000) {
  return new Promise<Record<string, unknown>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no message')), timeoutMs);
    const on = (data: Buffer) => {
      const m = JSON.parse(data.toString('utf8')) as Record<string, unknown>;
      if (!pred(m)) return;
      clearTimeout(timer);
      ws.off('message', on);
      resolve(m);
    };
    ws.on('message', on);
  });
}

describe('web host', () => {
  let tmp: string;
  let staticDir: string;
  let host: WebHost;
  let token: string;
  let origin: string;

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'ud-web-'));
    process.env.UNIONDESK_TEST_KDF = 'fast'; // the core's cheap KDF for tests
    staticDir = path.join(tmp, 'renderer');
    mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
    writeFileSync(
      path.join(staticDir, 'index.html'),
      '<!doctype html><title>UnionDesk test</title><div id="root"></div>',
    );
    writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log("hi")');
    writeFileSync(path.join(staticDir, 'assets', 'app.css'), 'body{}');
    writeFileSync(path.join(tmp, 'secret.txt'), 'TOP-SECRET');
    host = await startWebHost({ dataDir: path.join(tmp, 'data'), staticDir });
    origin = `http://127.0.0.1:${host.port}`;
    token = host.token;
  });

  afterAll(async () => {
    await host?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('prints a 127.0.0.1 url with a 256-bit base64url token in its fragment', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(host.token, 'base64url')).toHaveLength(32);
    expect(host.port).toBeGreaterThan(0);
  });

  it('binds 127.0.0.1 only', async () => {
    // IPv6 loopback and another address of this machine (if any) must not answer.
    const other = Object.values(os.networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
    for (const addr of ['::1', other].filter(Boolean) as string[]) {
      await expect(
        new Promise((resolve, reject) => {
          const s = net.connect(host.port, addr, () => {
            s.destroy();
            resolve('connected');
          });
          s.on('error', reject);
        }),
        addr,
      ).rejects.toThrow();
    }
    expect(host.address).toBe('127.0.0.1');
    expect(new URL(host.url).hostname).toBe('127.0.0.1');
  });

  it('sets no cookie on any response, whatever the request carries', async () => {
    const paths = ['/', '/index.html', '/assets/app.js', '/members/1', `/?token=${token}`, '/api', '/x/../../a'];
    for (const p of paths) {
      for (const headers of [{}, { Cookie: `ud_token=${token}` }] as Record<string, string>[]) {
        const r = await request(host.port, p, headers);
        expect(r.headers['set-cookie'], p).toBeUndefined();
      }
    }
    expect((await request(host.port, '/', {}, 'POST')).headers['set-cookie']).toBeUndefined();
    expect((await request(host.port, '/', { Host: 'evil.example' })).headers['set-cookie']).toBeUndefined();
  });

  it('serves the renderer (public code, no data) with CSP and the other security headers', async () => {
    const r = await request(host.port, '/');
    expect(r.status).toBe(200);
    expect(r.body).toContain('UnionDesk test');
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['content-security-policy']).toBe(CSP);
    expect(CSP).toContain("script-src 'self';");
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['referrer-policy']).toBe('no-referrer');
    expect(r.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(r.headers['x-frame-options']).toBe('DENY');

    const js = await request(host.port, '/assets/app.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.body).toBe('console.log("hi")');
    const css = await request(host.port, '/assets/app.css');
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('falls back to index.html for app routes, 404 for missing assets', async () => {
    const route = await request(host.port, '/members/123');
    expect(route.status).toBe(200);
    expect(route.body).toContain('UnionDesk test');
    expect((await request(host.port, '/assets/missing.js')).status).toBe(404);
  });

  it('refuses path traversal', async () => {
    for (const p of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
    ]) {
      const r = await request(host.port, p);
      expect(r.body, p).not.toContain('TOP-SECRET');
      expect(r.status, p).toBe(400);
    }
    const raw = await rawRequest(
      host.port,
      `GET /../../secret.txt HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nConnection: close\r\n\r\n`,
    );
    expect(raw).toMatch(/^HTTP\/1\.1 400/);
    expect(raw).not.toContain('TOP-SECRET');
  });

  it('refuses a foreign Host header (DNS rebinding) and non-GET methods', async () => {
    expect((await request(host.port, '/', { Host: `evil.example:${host.port}` })).status).toBe(403);
    expect((await request(host.port, '/', {}, 'POST')).status).toBe(405);
  });

  it('refuses the WebSocket without the token, with a wrong one, or with the token only as a cookie', async () => {
    for (const opts of [{}, { token: 'AAAA' }, { token: `${token}x` }, { cookie: `ud_token=${token}` }]) {
      const r = await connectWs(host.port, { origin, ...opts });
      expect(r.kind, JSON.stringify(opts)).toBe('refused');
      if (r.kind === 'refused') expect(r.status).toBe(401);
    }
  });

  it('accepts the token as a subprotocol and answers with the wire protocol only (the token is not echoed)', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${host.port}/api`, ['uniondesk', `token.${token}`], { origin });
    const upgraded = new Promise<http.IncomingMessage>((resolve, reject) => {
      ws.once('upgrade', resolve);
      ws.once('error', reject);
    });
    await new Promise((resolve) => ws.once('open', resolve));
    const upgrade = await upgraded;
    expect(ws.protocol).toBe('uniondesk');
    expect(upgrade.headers['sec-websocket-protocol']).toBe('uniondesk');
    expect(upgrade.headers['set-cookie']).toBeUndefined();
    ws.close();
  });

  it('refuses the WebSocket from another origin, or with no origin', async () => {
    for (const o of ['http://evil.example', `http://127.0.0.1:${host.port + 1}`, 'null', undefined]) {
      const r = await connectWs(host.port, { token, origin: o });
      expect(r.kind, String(o)).toBe('refused');
      if (r.kind === 'refused') expect(r.status).toBe(403);
    }
  });

  it('refuses WebSocket upgrades on other paths', async () => {
    const r = await connectWs(host.port, { token, origin, path: '/other' });
    expect(r.kind).toBe('refused');
  });

  it('serves the real core over the WebSocket: app.status, unknown command, malformed messages', async () => {
    const r = await connectWs(host.port, { token, origin });
    expect(r.kind).toBe('open');
    if (r.kind !== 'open') return;
    const ws = r.ws;
    try {
      let reply = nextMessage(ws, (m) => m.id === 1);
      ws.send(JSON.stringify({ type: 'invoke', id: 1, name: 'app.status', input: {} }));
      let m = await reply;
      expect(m.type).toBe('result');
      expect(m.result).toMatchObject({ ok: true, value: { state: 'new' } });

      reply = nextMessage(ws, (x) => x.id === 2);
      ws.send(JSON.stringify({ type: 'invoke', id: 2, name: 'no.such.command', input: {} }));
      m = await reply;
      expect(m.result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_COMMAND' } });

      reply = nextMessage(ws, (x) => x.id === 3);
      ws.send(JSON.stringify({ type: 'invoke', id: 3, name: 'app.status', input: { unexpected: true } }));
      m = await reply;
      expect(m.result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

      for (const bad of ['{not json', '42', '[]', JSON.stringify({ type: 'nope', id: 4 })]) {
        reply = nextMessage(ws, (x) => x.type === 'result' && (x.id === -1 || x.id === 4));
        ws.send(bad);
        m = await reply;
        expect(m.result, bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      }
      reply = nextMessage(ws, (x) => x.id === -1);
      ws.send(Buffer.from([1, 2, 3]), { binary: true });
      expect((await reply).result).toMatchObject({ ok: false });

      // Still alive after all that.
      reply = nextMessage(ws, (x) => x.id === 5);
      ws.send(JSON.stringify({ type: 'invoke', id: 5, name: 'app.status', input: {} }));
      expect((await reply).result).toMatchObject({ ok: true });
    } finally {
      ws.close();
    }
  });

  it('broadcasts core events to every open socket', async () => {
    const a = await connectWs(host.port, { token, origin });
    const b = await connectWs(host.port, { token, origin });
    if (a.kind !== 'open' || b.kind !== 'open') throw new Error('not open');
    try {
      // Creating a vault and locking it emits `vault.locked` from the core.
      const created = nextMessage(a.ws, (x) => x.id === 10, 60_000);
      a.ws.send(
        JSON.stringify({
          type: 'invoke',
          id: 10,
          name: 'vault.create',
          input: { passphrase: 'mật khẩu thử nghiệm 1' },
        }),
      );
      expect((await created).result).toMatchObject({ ok: true });
      const evA = nextMessage(a.ws, (x) => x.type === 'event' && x.name === 'vault.locked');
      const evB = nextMessage(b.ws, (x) => x.type === 'event' && x.name === 'vault.locked');
      b.ws.send(JSON.stringify({ type: 'invoke', id: 11, name: 'vault.lock', input: {} }));
      expect((await evA).payload).toEqual({ reason: 'user' });
      expect((await evB).payload).toEqual({ reason: 'user' });
    } finally {
      a.ws.close();
      b.ws.close();
    }
  });

  it('closes a socket that sends an oversized message, and keeps serving', async () => {
    const small = await startWebHost({
      dataDir: path.join(tmp, 'data-small'),
      staticDir,
      maxMessageBytes: 1024,
    });
    try {
      const c = small.token;
      const o = `http://127.0.0.1:${small.port}`;
      const r = await connectWs(small.port, { token: c, origin: o });
      if (r.kind !== 'open') throw new Error('not open');
      const closed = new Promise<number>((resolve) => r.ws.on('close', (code) => resolve(code)));
      r.ws.on('error', () => {});
      r.ws.send(JSON.stringify({ type: 'invoke', id: 1, name: 'app.status', input: { pad: 'x'.repeat(5000) } }));
      expect(await closed).toBe(1009);
      const r2 = await connectWs(small.port, { token: c, origin: o });
      if (r2.kind !== 'open') throw new Error('not open');
      const reply = nextMessage(r2.ws, (x) => x.id === 2);
      r2.ws.send(JSON.stringify({ type: 'invoke', id: 2, name: 'app.status', input: {} }));
      expect((await reply).result).toMatchObject({ ok: true });
      r2.ws.close();
    } finally {
      await small.close();
    }
  });

  it('answers 503 with a build hint when the renderer is not built', async () => {
    const empty = path.join(tmp, 'empty');
    mkdirSync(empty);
    const h = await startWebHost({ dataDir: path.join(tmp, 'data-empty'), staticDir: empty });
    try {
      const r = await request(h.port, '/');
      expect(r.status).toBe(503);
      expect(r.body).toContain('npm run build');
    } finally {
      await h.close();
    }
  });

  it('close() frees the port and closes open sockets', async () => {
    const h = await startWebHost({ dataDir: path.join(tmp, 'data-close'), staticDir });
    const r = await connectWs(h.port, { token: h.token, origin: `http://localhost:${h.port}` });
    if (r.kind !== 'open') throw new Error('localhost origin should be accepted');
    const closed = new Promise<void>((resolve) => r.ws.on('close', () => resolve()));
    await h.close();
    await closed;
    await expect(request(h.port, '/')).rejects.toThrow();
  });
});
