/**
 * The core process entry (src/main/core-process.ts) under Node with a fake `process.parentPort` and fake
 * MessagePortMain pairs: the real core answers over a port; keystore calls travel to "main" and back.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { answerKeystoreRequest, keystoreFromSafeStorage } from '../../src/main/keystore-protocol';

class FakePort extends EventEmitter {
  other: FakePort | null = null;
  started = false;
  closed = false;
  postMessage(data: unknown) {
    const other = this.other;
    const copy = structuredClone(data);
    setImmediate(() => other?.emit('message', { data: copy }));
  }
  start() {
    this.started = true;
  }
  close() {
    if (this.closed) return;
    this.closed = true;
    this.other?.close();
    this.emit('close');
  }
}
function channel(): [FakePort, FakePort] {
  const a = new FakePort();
  const b = new FakePort();
  a.other = b;
  b.other = a;
  return [a, b];
}

class FakeParentPort extends EventEmitter {
  toMain: unknown[] = [];
  onToMain: ((m: unknown) => void) | null = null;
  postMessage(m: unknown) {
    const copy = structuredClone(m);
    this.toMain.push(copy);
    this.onToMain?.(copy);
  }
  fromMain(data: unknown, ports: FakePort[] = []) {
    this.emit('message', { data: structuredClone(data), ports });
  }
}

function call(port: FakePort, id: number, name: string, input: unknown = {}) {
  return new Promise<Record<string, unknown>>((resolve) => {
    const on = (e: { data: Record<string, unknown> }) => {
      if (e.data.type === 'result' && e.data.id === id) {
        port.off('message', on);
        resolve(e.data);
      }
    };
    port.on('message', on);
    port.postMessage({ type: 'invoke', id, name, input });
  });
}

describe('core process', () => {
  let tmp: string;
  const parent = new FakeParentPort();
  const exit = vi.fn();
  const savedArgv = process.argv;

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'ud-coreproc-'));
    process.env.UNIONDESK_TEST_KDF = 'fast'; // the core's cheap KDF for tests
    // "Main": answer keystore requests with a fake safeStorage.
    const ks = keystoreFromSafeStorage(
      {
        isEncryptionAvailable: () => true,
        getSelectedStorageBackend: () => 'gnome_libsecret',
        encryptString: (s) => Buffer.from(`W:${s}`),
        decryptString: (b) => b.toString().slice(2),
      },
      'linux',
    );
    parent.onToMain = (m) => {
      void answerKeystoreRequest(m, ks).then((answer) => answer && parent.fromMain(answer));
    };
    (process as unknown as { parentPort: unknown }).parentPort = parent;
    process.argv = [...savedArgv, `--data-dir=${path.join(tmp, 'data')}`, '--app-version=9.9.9'];
    vi.spyOn(process, 'exit').mockImplementation(exit as never);
    await import('../../src/main/core-process');
  });

  afterAll(() => {
    vi.restoreAllMocks();
    process.argv = savedArgv;
    delete (process as unknown as { parentPort?: unknown }).parentPort;
    rmSync(tmp, { recursive: true, force: true });
  });

  it('accepts a port sent before the core is ready, then reports ready', async () => {
    const [rendererSide, coreSide] = channel();
    parent.fromMain({ type: 'port' }, [coreSide]);
    const status = await call(rendererSide, 1, 'app.status');
    expect(status.result).toMatchObject({
      ok: true,
      value: { state: 'new', version: '9.9.9', keystoreAvailable: true },
    });
    expect(parent.toMain).toContainEqual({ type: 'ready' });
    expect(coreSide.started).toBe(true);
    // The keystore question went to main over the parent port.
    expect(parent.toMain).toContainEqual(expect.objectContaining({ type: 'keystore.request', op: 'isAvailable' }));
  });

  it('serves several windows and broadcasts events to all of them', async () => {
    const [a, aCore] = channel();
    const [b, bCore] = channel();
    parent.fromMain({ type: 'port' }, [aCore]);
    parent.fromMain({ type: 'port' }, [bCore]);
    const created = await call(a, 1, 'vault.create', { passphrase: 'mật khẩu đủ dài', useKeystore: true });
    expect(created.result).toMatchObject({ ok: true, value: { recoveryKey: expect.any(String) } });
    // Wrapped with the OS keystore through main.
    expect(parent.toMain).toContainEqual(expect.objectContaining({ type: 'keystore.request', op: 'encrypt' }));
    const st = await call(b, 2, 'app.status');
    expect(st.result).toMatchObject({ ok: true, value: { state: 'unlocked', keystoreEnrolled: true } });

    // Other events (the automatic backup job started at vault creation) may arrive first: wait for this one.
    const eventOn = (p: FakePort) =>
      new Promise((resolve) =>
        p.on('message', (e: { data: Record<string, unknown> }) => {
          if (e.data.type === 'event' && e.data.name === 'vault.locked') resolve(e.data);
        }),
      );
    const evA = eventOn(a);
    const evB = eventOn(b);
    await call(a, 3, 'vault.lock');
    expect(await evA).toEqual({ type: 'event', name: 'vault.locked', payload: { reason: 'user' } });
    expect(await evB).toEqual({ type: 'event', name: 'vault.locked', payload: { reason: 'user' } });

    // Unlocking with the OS keystore asks main to decrypt.
    const un = await call(b, 4, 'vault.unlockWithKeystore');
    expect(un.result).toMatchObject({ ok: true });
    expect(parent.toMain).toContainEqual(expect.objectContaining({ type: 'keystore.request', op: 'decrypt' }));

    // A closed window's port is forgotten; the other keeps working.
    a.close();
    expect((await call(b, 5, 'app.status')).result).toMatchObject({ ok: true });
  });

  it('answers malformed messages on a port without dying', async () => {
    const [r, rc] = channel();
    parent.fromMain({ type: 'port' }, [rc]);
    const bad = new Promise<Record<string, unknown>>((resolve) =>
      r.once('message', (e: { data: Record<string, unknown> }) => resolve(e.data)),
    );
    r.postMessage({ nonsense: true });
    expect(await bad).toMatchObject({ type: 'result', id: -1, result: { ok: false, error: { code: 'VALIDATION' } } });
    expect((await call(r, 7, 'app.status')).result).toMatchObject({ ok: true });
  });

  it('ignores port messages without exactly one port, and shuts down on request', async () => {
    parent.fromMain({ type: 'port' }, []);
    parent.fromMain({ type: 'shutdown' });
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(0), { timeout: 10_000 });
  });
});
