import { describe, expect, it } from 'vitest';
import type { KeyStore } from '../../src/core/types';
import {
  answerKeystoreRequest,
  createKeystoreClient,
  isKeystoreRequest,
  keystoreFromSafeStorage,
  type KeystoreRequest,
  type SafeStorageLike,
} from '../../src/main/keystore-protocol';

/** A fake safeStorage: XOR "encryption" with a marker, so wrapped ≠ plain and the round trip is checkable. */
function fakeSafeStorage(
  opts: { available?: boolean; backend?: string; async?: boolean } = {},
): SafeStorageLike & { calls: string[] } {
  const calls: string[] = [];
  const enc = (s: string) => Buffer.concat([Buffer.from('WRAP'), Buffer.from(s, 'utf8').map((b) => b ^ 0x5a)]);
  const dec = (b: Buffer) => {
    if (b.subarray(0, 4).toString() !== 'WRAP')
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return Buffer.from(b.subarray(4).map((x) => x ^ 0x5a)).toString('utf8');
  };
  const ss: SafeStorageLike & { calls: string[] } = {
    calls,
    isEncryptionAvailable: () => opts.available ?? true,
    getSelectedStorageBackend: () => opts.backend ?? 'gnome_libsecret',
    encryptString: (s) => (calls.push('encryptString'), enc(s)),
    decryptString: (b) => (calls.push('decryptString'), dec(b)),
  };
  if (opts.async) {
    ss.isAsyncEncryptionAvailable = async () => opts.available ?? true;
    ss.encryptStringAsync = async (s) => (calls.push('encryptStringAsync'), enc(s));
    ss.decryptStringAsync = async (b) => (calls.push('decryptStringAsync'), { result: dec(b), shouldReEncrypt: false });
  }
  return ss;
}

/** Wires a client to a main-side keystore the way core-process.ts and index.ts do, through structured clones. */
function connect(mainSide: KeyStore, opts: { timeoutMs?: number; drop?: boolean } = {}) {
  const sent: KeystoreRequest[] = [];
  const client = createKeystoreClient(
    (req) => {
      sent.push(req);
      if (opts.drop) return;
      void answerKeystoreRequest(structuredClone(req), mainSide).then((res) => {
        if (res) client.handleMessage(structuredClone(res));
      });
    },
    { timeoutMs: opts.timeoutMs },
  );
  return { client, sent };
}

describe('keystoreFromSafeStorage', () => {
  it('wraps and unwraps binary keys (async API when present)', async () => {
    for (const useAsync of [false, true]) {
      const ss = fakeSafeStorage({ async: useAsync });
      const ks = keystoreFromSafeStorage(ss, 'linux');
      expect(await ks.isAvailable()).toBe(true);
      const key = Buffer.from(Array.from({ length: 32 }, (_, i) => (i * 37) & 0xff));
      const wrapped = await ks.encrypt(key);
      expect(wrapped.equals(key)).toBe(false);
      expect(Buffer.from(await ks.decrypt(wrapped)).equals(key)).toBe(true);
      expect(ss.calls).toEqual(
        useAsync ? ['encryptStringAsync', 'decryptStringAsync'] : ['encryptString', 'decryptString'],
      );
    }
  });
  it('is unavailable without encryption, and on Linux basic_text', async () => {
    expect(await keystoreFromSafeStorage(fakeSafeStorage({ available: false }), 'win32').isAvailable()).toBe(false);
    expect(await keystoreFromSafeStorage(fakeSafeStorage({ backend: 'basic_text' }), 'linux').isAvailable()).toBe(
      false,
    );
    expect(
      await keystoreFromSafeStorage(fakeSafeStorage({ backend: 'basic_text', async: true }), 'linux').isAvailable(),
    ).toBe(false);
    expect(await keystoreFromSafeStorage(fakeSafeStorage({ backend: 'kwallet5' }), 'linux').isAvailable()).toBe(true);
    // basic_text is a Linux notion: elsewhere the backend is not consulted.
    expect(await keystoreFromSafeStorage(fakeSafeStorage({ backend: 'basic_text' }), 'darwin').isAvailable()).toBe(
      true,
    );
    await expect(
      keystoreFromSafeStorage(fakeSafeStorage({ backend: 'basic_text' }), 'linux').encrypt(Buffer.from('k')),
    ).rejects.toThrow(/unavailable/);
  });
});

describe('keystore message protocol (core process ⇄ main)', () => {
  it('round-trips isAvailable, encrypt and decrypt', async () => {
    const { client, sent } = connect(keystoreFromSafeStorage(fakeSafeStorage({ async: true }), 'linux'));
    expect(await client.keystore.isAvailable()).toBe(true);
    const key = Buffer.alloc(32, 7);
    const wrapped = await client.keystore.encrypt(key);
    expect(Buffer.isBuffer(wrapped)).toBe(true);
    expect((await client.keystore.decrypt(wrapped)).equals(key)).toBe(true);
    expect(sent.map((s) => s.op)).toEqual(['isAvailable', 'encrypt', 'decrypt']);
    expect(new Set(sent.map((s) => s.id)).size).toBe(3);
    // The key travels only as base64 in the request, never as a field main could log by accident in clear.
    expect(sent[1].data).toBe(key.toString('base64'));
  });

  it('carries failures back as rejections, and unavailability as false', async () => {
    const { client } = connect(keystoreFromSafeStorage(fakeSafeStorage(), 'linux'));
    await expect(client.keystore.decrypt(Buffer.from('garbage'))).rejects.toThrow(
      /keystore decrypt: Error while decrypting/,
    );
    const off = connect(keystoreFromSafeStorage(fakeSafeStorage({ backend: 'basic_text' }), 'linux')).client;
    expect(await off.keystore.isAvailable()).toBe(false);
    await expect(off.keystore.encrypt(Buffer.from('k'))).rejects.toThrow(/unavailable/);
  });

  it('times out when main never answers; isAvailable then says false', async () => {
    const { client } = connect(keystoreFromSafeStorage(fakeSafeStorage(), 'linux'), { drop: true, timeoutMs: 50 });
    expect(await client.keystore.isAvailable()).toBe(false);
    await expect(client.keystore.encrypt(Buffer.from('k'))).rejects.toThrow(/no answer/);
  });

  it('dispose rejects pending calls', async () => {
    const { client } = connect(keystoreFromSafeStorage(fakeSafeStorage(), 'linux'), { drop: true });
    const p = client.keystore.encrypt(Buffer.from('k'));
    client.dispose();
    await expect(p).rejects.toThrow(/closed/);
  });

  it('ignores messages that are not keystore messages, and unknown ids', async () => {
    const { client } = connect(keystoreFromSafeStorage(fakeSafeStorage(), 'linux'));
    expect(client.handleMessage({ type: 'port' })).toBe(false);
    expect(client.handleMessage(null)).toBe(false);
    expect(client.handleMessage({ type: 'keystore.response', id: 999, ok: true })).toBe(true);
  });

  it('main refuses malformed requests', async () => {
    const ks = keystoreFromSafeStorage(fakeSafeStorage(), 'linux');
    for (const bad of [
      null,
      'x',
      { type: 'keystore.request', id: 1, op: 'steal' },
      { type: 'keystore.request', id: 1.5, op: 'isAvailable' },
      { type: 'keystore.request', id: 1, op: 'encrypt' },
      { type: 'keystore.request', id: 1, op: 'encrypt', data: 'not base64!' },
      { type: 'keystore.request', id: 1, op: 'decrypt', data: 'A'.repeat(2 * 1024 * 1024) },
    ]) {
      expect(isKeystoreRequest(bad)).toBe(false);
      expect(await answerKeystoreRequest(bad, ks)).toBeNull();
    }
  });
});
