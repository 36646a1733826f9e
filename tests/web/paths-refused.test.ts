/**
 * No message from a renderer can make the core read or write a path on this computer. Every command that used to
 * take one (`out` on docs.render, members.export, docs.exportRegister, backup.create; `file` on members.import,
 * backup.restore) is sent with a path, on an unlocked vault, over the two ways a renderer reaches the core: the
 * web host's WebSocket (token and all) and the wire server behind Electron's MessagePort. Each is refused
 * and no file appears, neither at the path nor in the backups folder.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { WireEvent, WireResponse } from '../../src/shared/api';
import { createCore, type Core } from '../../src/core';
import { startWebHost, type WebHost } from '../../src/web/host';
import { createWireServer, type WireServer } from '../../src/host/wire';

process.env.UNIONDESK_TEST_KDF = 'fast'; // the core's cheap KDF for tests (only under the temp folder)
const PASS = 'mật khẩu thử nghiệm 1';
const PWNED = path.join(os.tmpdir(), `uniondesk-pwned-${process.pid}.pdf`);

type Result = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };
type Send = (name: string, input: unknown) => Promise<Result>;

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'ud-paths-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The path-carrying messages, with where each would have written (or what it would have read). */
function attacks(outDir: string, outsideBackup: string) {
  const out = (name: string) => path.join(outDir, name);
  return [
    { name: 'docs.render', input: { id: 'x', format: 'pdf', out: out('a.pdf') } },
    { name: 'members.export', input: { format: 'xlsx', out: out('members.xlsx') } },
    { name: 'members.export', input: { format: 'pdf', includeSensitive: false, out: PWNED } },
    { name: 'docs.exportRegister', input: { out: out('register.xlsx') } },
    { name: 'backup.create', input: { out: out('copy.udbak') } },
    { name: 'backup.create', input: { out: out('.bashrc') } },
    { name: 'members.importData', input: { fileName: 'a.csv', base64: '', file: '/etc/passwd' } },
    { name: 'backup.restore', input: { file: '/etc/passwd' } },
    { name: 'backup.restore', input: { file: '../x' } },
    { name: 'backup.restore', input: { file: '..\\x.udbak' } },
    { name: 'backup.restore', input: { file: outsideBackup } },
  ];
}

/** Proves the refusals through `send`; `dataDir` is the core's folder. */
async function provesRefusals(send: Send, dataDir: string): Promise<void> {
  const created = await send('vault.create', { passphrase: PASS });
  expect(created.ok, JSON.stringify(created)).toBe(true);
  const status = await send('app.status', {});
  if (status.ok && (status.value as { state: string }).state !== 'unlocked') {
    expect((await send('vault.unlock', { passphrase: PASS })).ok).toBe(true);
  }
  // A real backup of this very vault, copied outside the backups folder: still not restorable by its path.
  const made = await send('backup.create', {});
  expect(made.ok, JSON.stringify(made)).toBe(true);
  const job = await send('jobs.wait', { jobId: (made as { value: { jobId: string } }).value.jobId });
  const backup = (job as { value: { result: { name: string } } }).value.result;
  const backupsDir = path.join(dataDir, 'backups');
  const outDir = path.join(tmp, `out-${path.basename(dataDir)}`);
  mkdirSync(outDir);
  const outsideBackup = path.join(outDir, 'outside.udbak');
  copyFileSync(path.join(backupsDir, backup.name), outsideBackup);
  const before = readdirSync(backupsDir).sort();

  for (const { name, input } of attacks(outDir, outsideBackup)) {
    const r = await send(name, input);
    expect(r.ok, `${name} ${JSON.stringify(input)}`).toBe(false);
    if (!r.ok) expect(r.error.code, `${name} ${JSON.stringify(input)}`).toBe('VALIDATION');
  }
  // The old path command is gone altogether.
  const old = await send('members.import', { file: '/etc/passwd' });
  expect(old).toMatchObject({ ok: false, error: { code: 'UNKNOWN_COMMAND' } });
  // A bare name that is not in the backups folder is not found (nothing outside is looked at).
  expect(await send('backup.restore', { file: 'outside.udbak' })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });

  expect(readdirSync(outDir)).toEqual(['outside.udbak']);
  expect(existsSync(PWNED)).toBe(false);
  expect(readdirSync(backupsDir).sort()).toEqual(before);
}

describe('over the web host WebSocket', () => {
  let host: WebHost;
  let ws: WebSocket;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = path.join(tmp, 'web-data');
    const staticDir = path.join(tmp, 'static');
    mkdirSync(staticDir);
    writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>UnionDesk</title>');
    host = await startWebHost({ dataDir, staticDir });
    const origin = `http://127.0.0.1:${host.port}`;
    ws = new WebSocket(`ws://127.0.0.1:${host.port}/api`, ['uniondesk', `token.${host.token}`], { origin });
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  });
  afterAll(async () => {
    ws?.close();
    await host?.close();
  });

  it('refuses every path-carrying message and writes nothing', async () => {
    let id = 0;
    const send: Send = (name, input) =>
      new Promise((resolve) => {
        const mine = ++id;
        const on = (data: Buffer) => {
          const m = JSON.parse(data.toString('utf8')) as { type: string; id?: number; result?: Result };
          if (m.type !== 'result' || m.id !== mine) return;
          ws.off('message', on);
          resolve(m.result!);
        };
        ws.on('message', on);
        ws.send(JSON.stringify({ type: 'invoke', id: mine, name, input }));
      });
    await provesRefusals(send, dataDir);
  });
});

describe('over the wire server behind the Electron MessagePort', () => {
  let core: Core;
  let wire: WireServer;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = path.join(tmp, 'port-data');
    core = await createCore({ dataDir });
    wire = createWireServer(core, { eventNames: [] });
  });
  afterAll(async () => {
    wire?.close();
    await core?.close();
  });

  it('refuses every path-carrying message and writes nothing', async () => {
    // Like a MessagePort: the message arrives as a structured clone, the answer goes back through `send`.
    const waiting = new Map<number, (r: Result) => void>();
    const session = wire.attach({
      send: (m: WireResponse | WireEvent) => {
        if (m.type === 'result') waiting.get(m.id)?.(m.result as Result);
      },
    });
    let id = 0;
    const send: Send = (name, input) =>
      new Promise((resolve) => {
        const mine = ++id;
        waiting.set(mine, resolve);
        void session.handle(structuredClone({ type: 'invoke', id: mine, name, input }));
      });
    await provesRefusals(send, dataDir);
  });
});
