/** The path guard and static resolution shared by app:// and the web host. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP, SECURITY_HEADERS, contentTypeFor, resolveStaticFile, safeSegments } from '../../src/host/static';

describe('safeSegments', () => {
  it('splits normal paths', () => {
    expect(safeSegments('/')).toEqual([]);
    expect(safeSegments('/assets/index-abc.js')).toEqual(['assets', 'index-abc.js']);
    expect(safeSegments('/fonts/Ti%E1%BA%BFng%20Vi%E1%BB%87t.ttf')).toEqual(['fonts', 'Tiếng Việt.ttf']);
  });
  it('refuses anything that could leave the root', () => {
    for (const p of [
      '/..',
      '/../x',
      '/a/../../x',
      '/%2e%2e/x',
      '/%2E%2E/x',
      '/a/%2e%2e%2fx',
      '/a%2f..%2f..%2fx',
      '/..%5cx',
      '/a\\..\\x',
      '/x%00.js',
      '/C:/Windows',
      '/./x',
      'relative',
      '/%E0%A4%A',
    ]) {
      expect(safeSegments(p), p).toBeNull();
    }
  });
});

describe('resolveStaticFile', () => {
  let tmp: string;
  let root: string;
  beforeAll(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'ud-static-'));
    root = path.join(tmp, 'renderer');
    mkdirSync(path.join(root, 'assets'), { recursive: true });
    writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
    writeFileSync(path.join(root, 'assets', 'a.js'), '1');
    writeFileSync(path.join(tmp, 'secret.txt'), 'secret');
    symlinkSync(path.join(tmp, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
    symlinkSync(tmp, path.join(root, 'up'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('serves index.html for / and files by path', async () => {
    expect(await resolveStaticFile(root, '/')).toMatchObject({ kind: 'file', filePath: path.join(root, 'index.html') });
    expect(await resolveStaticFile(root, '/assets/a.js')).toMatchObject({
      kind: 'file',
      filePath: path.join(root, 'assets', 'a.js'),
      contentType: 'text/javascript; charset=utf-8',
    });
  });
  it('falls back to index.html for routes, 404 for missing assets, 400 for traversal', async () => {
    expect(await resolveStaticFile(root, '/members/42')).toMatchObject({
      kind: 'file',
      filePath: path.join(root, 'index.html'),
    });
    expect(await resolveStaticFile(root, '/assets/none.js')).toEqual({ kind: 'not-found' });
    expect(await resolveStaticFile(root, '/../secret.txt')).toEqual({ kind: 'bad-request' });
    expect(await resolveStaticFile(root, '/%2e%2e/secret.txt')).toEqual({ kind: 'bad-request' });
  });
  it('does not follow symlinks out of the root', async () => {
    expect(await resolveStaticFile(root, '/assets/link.txt')).toEqual({ kind: 'not-found' });
    expect(await resolveStaticFile(root, '/up/secret.txt')).toEqual({ kind: 'not-found' });
  });
  it('reports a missing build', async () => {
    expect(await resolveStaticFile(path.join(tmp, 'nowhere'), '/')).toEqual({ kind: 'not-built' });
    expect(await resolveStaticFile(path.join(root, 'assets'), '/')).toEqual({ kind: 'not-built' });
  });
});

describe('headers', () => {
  it('has the strict CSP and the other security headers', () => {
    expect(CSP).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    // index.html carries the same policy as a meta tag (for any load without our headers), minus
    // frame-ancestors, which browsers ignore in a meta tag.
    const html = readFileSync(path.join(__dirname, '../../src/renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CSP.replace("; frame-ancestors 'none'", ''));
    expect(SECURITY_HEADERS).toMatchObject({
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'X-Frame-Options': 'DENY',
    });
    expect(contentTypeFor('x.woff2')).toBe('font/woff2');
    expect(contentTypeFor('x.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('x.unknown')).toBe('application/octet-stream');
  });
});
