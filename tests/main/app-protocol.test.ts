import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appProtocolResponse } from '../../src/main/app-protocol';
import { CSP } from '../../src/host/static';

describe('app:// protocol handler', () => {
  let tmp: string;
  let root: string;
  beforeAll(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'ud-app-'));
    root = path.join(tmp, 'renderer');
    mkdirSync(path.join(root, 'assets'), { recursive: true });
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(path.join(root, 'assets', 'i.js'), 'export {}');
    writeFileSync(path.join(tmp, 'secret.txt'), 'TOP-SECRET');
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('serves the renderer with the CSP', async () => {
    const r = await appProtocolResponse(root, { url: 'app://uniondesk/index.html', method: 'GET' });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-security-policy')).toBe(CSP);
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await r.text()).toContain('<title>app</title>');
    const js = await appProtocolResponse(root, { url: 'app://uniondesk/assets/i.js' });
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const route = await appProtocolResponse(root, { url: 'app://uniondesk/settings' });
    expect(await route.text()).toContain('<title>app</title>');
  });

  it('refuses traversal, other hosts and other methods', async () => {
    for (const url of [
      'app://uniondesk/assets/..%2f..%2fsecret.txt',
      'app://uniondesk/..%5csecret.txt',
      'app://uniondesk/assets/%2e%2e%2fsecret.txt',
    ]) {
      const r = await appProtocolResponse(root, { url });
      expect(r.status, url).toBe(400);
      expect(await r.text()).not.toContain('TOP-SECRET');
    }
    // The URL parser folds `..` and `%2e%2e` segments away at the root: what remains stays inside.
    for (const url of [
      'app://uniondesk/../secret.txt',
      'app://uniondesk/%2e%2e/secret.txt',
      'app://uniondesk/assets/../../secret.txt',
    ]) {
      const folded = await appProtocolResponse(root, { url });
      expect(folded.status, url).toBe(404);
      expect(await folded.text()).not.toContain('TOP-SECRET');
    }
    expect((await appProtocolResponse(root, { url: 'app://other/index.html' })).status).toBe(403);
    expect((await appProtocolResponse(root, { url: 'app://uniondesk/index.html', method: 'POST' })).status).toBe(405);
    expect((await appProtocolResponse(root, { url: 'app://uniondesk/none.js' })).status).toBe(404);
    expect((await appProtocolResponse(path.join(tmp, 'none'), { url: 'app://uniondesk/' })).status).toBe(503);
  });
});
