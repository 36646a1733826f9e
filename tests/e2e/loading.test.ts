/**
 * Loading the renderer (issue 14 "Loading") in Debian chromium against the real web host: index.html is never
 * stored, the hashed assets are cached for a year, and the document editor (tiptap, ProseMirror) is a chunk of its
 * own that the unlock screen and the documents register do not fetch; it arrives when a document is opened.
 * First the built files' static import graph (out/renderer, as `npm run test:e2e` builds it), then the network.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE, NO_STORE } from '../../src/host/static';
import { cli, id, launch, ROOT, screenshot } from './helpers';
import { startHost, type RunningHost } from './host';

const PASS = 'Đoàn kết - Dân chủ 2026';
const OUT = path.join(ROOT, 'out', 'renderer');
const ASSETS = path.join(OUT, 'assets');

/** The chunks a file imports statically (`import … from"./x.js"`, `import"./x.js"`; not `import("./x.js")`). */
function staticImports(file: string): string[] {
  const code = readFileSync(path.join(ASSETS, file), 'utf8');
  return [...code.matchAll(/(?:from|import)\s*["']\.\/([\w.~-]+\.js)["']/g)].map((m) => m[1]);
}

/** Every chunk loaded with `file` before it can run. */
function staticClosure(file: string): Set<string> {
  const seen = new Set<string>();
  const visit = (f: string) => {
    if (seen.has(f)) return;
    seen.add(f);
    staticImports(f).forEach(visit);
  };
  visit(file);
  return seen;
}

const chunk = (prefix: string) => {
  const found = readdirSync(ASSETS).filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.js'));
  expect(found, prefix).toHaveLength(1);
  return found[0];
};

describe('the built renderer', () => {
  it('keeps the editor out of the start-up chunks and out of the documents register', () => {
    const html = readFileSync(path.join(OUT, 'index.html'), 'utf8');
    const entry = /<script type="module"[^>]*src="\.\/assets\/([^"]+)"/.exec(html)![1];
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script: the CSP forbids them
    const editor = chunk('editor');
    const startUp = staticClosure(entry);
    expect(startUp.size).toBeGreaterThan(1);
    expect(startUp).not.toContain(editor);
    expect(startUp).not.toContain(chunk('DocEditor'));
    expect(html).not.toContain(editor);
    expect(staticClosure(chunk('DocumentsPage'))).not.toContain(editor);
    expect(staticClosure(chunk('DocEditor'))).toContain(editor);
    // Minified: long lines (the unminified build averaged ~40 characters a line).
    const code = readFileSync(path.join(ASSETS, editor), 'utf8');
    expect(code.length / code.split('\n').length).toBeGreaterThan(1000);
  });
});

let host: RunningHost;
let browser: Browser;
let page: Page;
let errors: string[];
const requested: string[] = [];
const cacheHeaders = new Map<string, string | undefined>();

beforeAll(async () => {
  host = await startHost(90_000, {
    env: { UNIONDESK_TEST_KDF: 'fast' },
    prepare: async (dataDir) => {
      const env = { UNIONDESK_PASSPHRASE: PASS };
      const data = ['--data-dir', dataDir, '--json'];
      const org = [
        '--org-name',
        'Công đoàn cơ sở Trường Tiểu học Kim Liên',
        '--upper-level',
        'Công đoàn phường Kim Liên',
      ];
      await cli(['init', ...data, ...org, '--upper-level-type', 'ward'], env);
      await cli(['org', 'set', ...data, 'place=Hà Nội', 'chairName=Nguyễn Thị Hằng'], env);
    },
  });
  ({ browser, page, errors } = await launch({ width: 1366, height: 768 }));
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  page.on('response', (r) => cacheHeaders.set(new URL(r.url()).pathname, r.headers()['cache-control']));
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail' && page)
    console.error(`screenshot: ${await screenshot(page, `e2e-loading-${ctx.task.name}`)}\n${host?.output() ?? ''}`);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

const fetched = (prefix: string) => requested.some((p) => p.startsWith(`/assets/${prefix}-`));

describe('loading in a browser', () => {
  it('shows the unlock form without the editor; index.html no-store, hashed assets immutable', async () => {
    await page.goto(host.url);
    await page.locator(`input${id('unlock-passphrase')}`).waitFor();
    expect(await page.locator(`input${id('unlock-passphrase')}`).isEnabled()).toBe(true);
    expect(fetched('editor')).toBe(false);
    expect(fetched('DocEditor')).toBe(false);
    expect(cacheHeaders.get('/')).toBe(NO_STORE);
    const assets = [...cacheHeaders.keys()].filter((p) => p.startsWith('/assets/'));
    expect(assets.length).toBeGreaterThan(5);
    for (const p of assets) expect(cacheHeaders.get(p), p).toBe(IMMUTABLE);
  });

  it('opens the documents register, still without the editor', async () => {
    await page.locator(id('unlock-passphrase')).fill(PASS);
    await page.locator(id('unlock-submit')).click();
    await page.locator(id('app-shell')).waitFor();
    await page.locator(id('nav-documents')).click();
    await page.locator(id('docs-register')).waitFor();
    expect(fetched('DocumentsPage')).toBe(true);
    expect(fetched('editor')).toBe(false);
  });

  it('fetches the editor when a document is opened', async () => {
    await page.locator(id('docs-new')).click();
    await page.locator(id('template-picker')).waitFor();
    await page.locator(id('template-blank')).click();
    await page.locator(id('template-create')).click();
    await page.locator(id('doc-body')).waitFor();
    expect(fetched('DocEditor')).toBe(true);
    expect(fetched('editor')).toBe(true);
    expect(errors).toEqual([]);
  });
});
