/**
 * Caching of the built renderer: content-hashed files under assets/ are cached for a year (immutable), index.html
 * and everything else are never stored, in the web host (real HTTP) and in Electron's app:// handler alike.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE, NO_STORE, cacheControlFor, resolveStaticFile } from '../../src/host/static';
import { appProtocolResponse } from '../../src/main/app-protocol';
import { startWebHost, type WebHost } from '../../src/web/host';

// Names exactly as the build writes them (rolldown's 8-character base64url hash, which may hold `-` and `_`).
const HASHED = ['assets/index-DEpcfk6j.js', 'assets/OrgProfileForm--HfexsJl.js', 'assets/index-BJj-ndt6.css'];
const NOT_HASHED = ['assets/app.js', 'assets/editor.js', 'logo-DEpcfk6j.png', 'assets/sub/x-DEpcfk6j.js'];

let tmp: string;
let root: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'ud-cache-'));
  root = path.join(tmp, 'renderer');
  mkdirSync(path.join(root, 'assets', 'sub'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>cache</title>');
  for (const f of [...HASHED, ...NOT_HASHED]) writeFileSync(path.join(root, f), `/* ${f} */`);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('cacheControlFor', () => {
  it('caches only assets/<name>-<hash>.<ext> for good', () => {
    for (const f of HASHED) expect(cacheControlFor(f.split('/'), false), f).toBe(IMMUTABLE);
    for (const f of NOT_HASHED) expect(cacheControlFor(f.split('/'), false), f).toBe(NO_STORE);
    expect(cacheControlFor([], true)).toBe(NO_STORE);
    // The single-page fallback serves index.html under a route's name: still never stored.
    expect(cacheControlFor(['assets', 'index-DEpcfk6j.js'], true)).toBe(NO_STORE);
  });

  it('resolveStaticFile carries the header with each file', async () => {
    for (const f of HASHED)
      expect(await resolveStaticFile(root, `/${f}`), f).toMatchObject({ cacheControl: IMMUTABLE });
    for (const f of NOT_HASHED)
      expect(await resolveStaticFile(root, `/${f}`), f).toMatchObject({ cacheControl: NO_STORE });
    for (const p of ['/', '/index.html', '/documents/42'])
      expect(await resolveStaticFile(root, p), p).toMatchObject({ kind: 'file', cacheControl: NO_STORE });
  });
});

function get(port: number, rawPath: string, method = 'GET'): Promise<{ status: number; cache?: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, method }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, cache: res.headers['cache-control'] }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('web host', () => {
  let host: WebHost;
  beforeAll(async () => {
    process.env.UNIONDESK_TEST_KDF = 'fast';
    host = await startWebHost({ dataDir: path.join(tmp, 'data'), staticDir: root });
  });
  afterAll(async () => host?.close());

  it('sends hashed assets with a year-long immutable cache and index.html with no-store', async () => {
    for (const method of ['GET', 'HEAD']) {
      for (const f of HASHED)
        expect(await get(host.port, `/${f}`, method), f).toEqual({ status: 200, cache: IMMUTABLE });
      for (const p of ['/', '/index.html', '/members', '/assets/app.js'])
        expect(await get(host.port, p, method), p).toEqual({ status: 200, cache: NO_STORE });
    }
    // Errors are never cached either.
    expect(await get(host.port, '/assets/missing-DEpcfk6j.js')).toEqual({ status: 404, cache: NO_STORE });
  });
});

describe('app:// protocol', () => {
  it('answers with the same headers', async () => {
    const asset = await appProtocolResponse(root, { url: `app://uniondesk/${HASHED[0]}` });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe(IMMUTABLE);
    for (const p of ['', 'index.html', 'settings', 'assets/app.js']) {
      const r = await appProtocolResponse(root, { url: `app://uniondesk/${p}` });
      expect(r.status, p).toBe(200);
      expect(r.headers.get('cache-control'), p).toBe(NO_STORE);
    }
  });
});
