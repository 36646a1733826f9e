/**
 * The fault proxy itself, against a small real HTTP server that counts what it received: the proofs trust that a
 * `drop` really means "the server answered and the client got nothing", so this pins it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeOf, SyncProxy } from './harness/proxy';

let upstream: http.Server;
let received: string[] = [];
let proxy: SyncProxy;

beforeAll(async () => {
  upstream = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push(`${req.method} ${req.url} ${body}`);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ seen: received.length, padding: 'x'.repeat(4000) }));
    });
  });
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
  proxy = await SyncProxy.start(`http://127.0.0.1:${(upstream.address() as AddressInfo).port}`);
});
afterAll(async () => {
  await proxy.close();
  await new Promise((r) => upstream.close(r));
});

const push = (body = '{"n":1}') =>
  fetch(`${proxy.url}/v1/sync/push`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });

describe('the fault proxy', () => {
  it('names the sync routes, with or without a path prefix', () => {
    expect(routeOf('/v1/sync/push')).toBe('push');
    expect(routeOf('/uniondesk/v1/sync/pull?cursor=3&limit=10')).toBe('pull');
    expect(routeOf('/v1/sync/state')).toBe('state');
    expect(routeOf('/v1/register')).toBe('register');
    expect(routeOf('/dashboard')).toBe('other');
  });

  it('forwards untouched when no fault is set', async () => {
    received = [];
    const res = await push('{"n":"một"}');
    expect(res.status).toBe(200);
    expect((await res.json()).seen).toBe(1);
    expect(received).toEqual(['POST /v1/sync/push {"n":"một"}']);
  });

  it('drop: the server received and answered, the client gets no response at all', async () => {
    received = [];
    proxy.fault('push', 'drop');
    await expect(push()).rejects.toThrow();
    expect(received).toHaveLength(1);
    expect(proxy.log.at(-1)).toMatchObject({ route: 'push', status: 200, fault: 'drop' });
    // One-shot: the next exchange goes through.
    expect((await push()).status).toBe(200);
    expect(proxy.pendingFaults()).toBe(0);
  });

  it('cut: the client gets the status and half the body, then the connection dies', async () => {
    received = [];
    proxy.fault('pull', 'cut');
    const res = await fetch(`${proxy.url}/v1/sync/pull?cursor=0`);
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
    expect(received).toHaveLength(1);
  });

  it('hold: the request waits in the proxy until released; a dead upstream closes the client connection', async () => {
    received = [];
    proxy.fault('push', 'hold');
    const answer = push().then(
      (r) => r.status,
      () => 'failed',
    );
    const held = await proxy.nextHeld();
    expect(received).toEqual([]); // the server has not seen it yet
    const real = proxy.target;
    proxy.target = 'http://127.0.0.1:1'; // as if the server had been killed meanwhile
    held.release();
    expect(await answer).toBe('failed');
    proxy.target = real;
    expect(received).toEqual([]);
  });

  it('kill: calls onKill right after the request went out', async () => {
    received = [];
    let killedAfter = -1;
    proxy.onKill = () => void (killedAfter = received.length);
    proxy.fault('push', 'kill');
    expect((await push()).status).toBe(200); // this upstream does not die: the hook only had to run
    expect(killedAfter).toBeGreaterThanOrEqual(0);
  });
});
