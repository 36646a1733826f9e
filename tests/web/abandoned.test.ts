/**
 * The web host locks the vault when the last page has been gone for a while (a minute; less here): a browser
 * that crashed never sent its `pagehide` lock, and reopening the URL must ask for the passphrase again.
 * A page that comes back in time (a reload, another tab) keeps the vault open.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startWebHost, type WebHost } from '../../src/web/host';
import type { Core } from '../../src/core';
import { PASS, call, initCore, tempDir } from '../helpers/core';

const hosts: WebHost[] = [];
const cores: Core[] = [];
afterAll(async () => {
  for (const h of hosts) await h.close();
  for (const c of cores) await c.close();
});

async function hostWith(lockWhenAbandonedMs: number) {
  const { core } = await initCore();
  cores.push(core);
  const staticDir = path.join(tempDir(), 'static');
  mkdirSync(staticDir);
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>UnionDesk</title>');
  const host = await startWebHost({ dataDir: core.dataDir, core, staticDir, lockWhenAbandonedMs });
  hosts.push(host);
  const open = async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${host.port}/api`, ['uniondesk', `token.${host.token}`], {
      origin: `http://127.0.0.1:${host.port}`,
    });
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    return ws;
  };
  return { core, open };
}

const state = async (core: Core) => (await call(core, 'app.status')).state as string;
const locked = (core: Core) =>
  new Promise<unknown>((resolve) => {
    const off = core.onEvent('vault.locked', (p) => {
      off();
      resolve(p);
    });
  });

describe('the last page gone', () => {
  it('a page that vanished (no goodbye) leaves the vault locked after the delay', async () => {
    const { core, open } = await hostWith(150);
    expect(await state(core)).toBe('unlocked');
    const ws = await open();
    const event = locked(core);
    ws.terminate(); // as a crashed browser: no vault.lock sent
    await event;
    expect(await state(core)).toBe('locked');
  });

  it('a page back within the delay keeps it open; the lock comes only once none is left', async () => {
    const { core, open } = await hostWith(1500);
    const first = await open();
    first.terminate();
    const second = await open(); // the reload
    await new Promise((r) => setTimeout(r, 2500));
    expect(await state(core)).toBe('unlocked');
    const event = locked(core);
    second.close();
    await event;
    expect(await state(core)).toBe('locked');
    await call(core, 'vault.unlock', { passphrase: PASS });
    expect(await state(core)).toBe('unlocked');
  });
});
