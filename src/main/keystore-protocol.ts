/**
 * The OS keystore seen from the core process. safeStorage lives only in Electron main; the core process asks main
 * for it over `process.parentPort` with request/response messages. Pure (no `electron` import), tested under Node.
 *
 *   core → main  { type: 'keystore.request',  id, op: 'isAvailable' | 'encrypt' | 'decrypt', data?: base64 }
 *   main → core  { type: 'keystore.response', id, ok: true, available?: boolean, data?: base64 }
 *                { type: 'keystore.response', id, ok: false, error: string }
 */
import type { KeyStore } from '../core/types';

export type KeystoreOp = 'isAvailable' | 'encrypt' | 'decrypt';
export interface KeystoreRequest {
  type: 'keystore.request';
  id: number;
  op: KeystoreOp;
  data?: string;
}
export type KeystoreResponse =
  | { type: 'keystore.response'; id: number; ok: true; available?: boolean; data?: string }
  | { type: 'keystore.response'; id: number; ok: false; error: string };

const OPS: readonly KeystoreOp[] = ['isAvailable', 'encrypt', 'decrypt'];
const MAX_B64 = 1024 * 1024;
const B64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function isKeystoreRequest(v: unknown): v is KeystoreRequest {
  if (typeof v !== 'object' || v === null) return false;
  const m = v as Record<string, unknown>;
  return (
    m.type === 'keystore.request' &&
    typeof m.id === 'number' &&
    Number.isSafeInteger(m.id) &&
    OPS.includes(m.op as KeystoreOp) &&
    (m.op === 'isAvailable' || (typeof m.data === 'string' && m.data.length <= MAX_B64 && B64.test(m.data)))
  );
}

export function isKeystoreResponse(v: unknown): v is KeystoreResponse {
  if (typeof v !== 'object' || v === null) return false;
  const m = v as Record<string, unknown>;
  return m.type === 'keystore.response' && typeof m.id === 'number' && typeof m.ok === 'boolean';
}

/** Core side: a KeyStore whose calls travel to main. Feed every message from main to `handleMessage`. */
export function createKeystoreClient(
  post: (req: KeystoreRequest) => void,
  opts: { timeoutMs?: number } = {},
): { keystore: KeyStore; handleMessage(msg: unknown): boolean; dispose(): void } {
  const timeoutMs = opts.timeoutMs ?? 30_000;
  let nextId = 1;
  const pending = new Map<
    number,
    { resolve(r: KeystoreResponse): void; reject(e: Error): void; timer: NodeJS.Timeout }
  >();

  const call = (op: KeystoreOp, data?: Buffer) =>
    new Promise<KeystoreResponse & { ok: true }>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`keystore ${op}: no answer from the main process`));
      }, timeoutMs);
      timer.unref?.();
      pending.set(id, {
        resolve: (r) => (r.ok ? resolve(r) : reject(new Error(`keystore ${op}: ${r.error}`))),
        reject,
        timer,
      });
      try {
        post({ type: 'keystore.request', id, op, ...(data ? { data: data.toString('base64') } : {}) });
      } catch (err) {
        clearTimeout(timer);
        pending.delete(id);
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });

  const bytes = (r: { data?: string }, op: KeystoreOp) => {
    if (typeof r.data !== 'string') throw new Error(`keystore ${op}: empty answer`);
    return Buffer.from(r.data, 'base64');
  };

  const keystore: KeyStore = {
    async isAvailable() {
      try {
        return (await call('isAvailable')).available === true;
      } catch {
        return false;
      }
    },
    async encrypt(plain) {
      return bytes(await call('encrypt', plain), 'encrypt');
    },
    async decrypt(wrapped) {
      return bytes(await call('decrypt', wrapped), 'decrypt');
    },
  };

  return {
    keystore,
    handleMessage(msg) {
      if (!isKeystoreResponse(msg)) return false;
      const p = pending.get(msg.id);
      if (p) {
        pending.delete(msg.id);
        clearTimeout(p.timer);
        p.resolve(msg);
      }
      return true;
    },
    dispose() {
      for (const [id, p] of pending) {
        clearTimeout(p.timer);
        p.reject(new Error('keystore: closed'));
        pending.delete(id);
      }
    },
  };
}

/** The subset of Electron's `safeStorage` main uses (so the adapter is testable with a fake). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  getSelectedStorageBackend?(): string;
  encryptString(plain: string): Buffer;
  decryptString(wrapped: Buffer): string;
  isAsyncEncryptionAvailable?(): Promise<boolean>;
  encryptStringAsync?(plain: string): Promise<Buffer>;
  decryptStringAsync?(wrapped: Buffer): Promise<{ result: string; shouldReEncrypt?: boolean }>;
}

/**
 * Main side: the real KeyStore over safeStorage. Refuses Linux `basic_text` (a hard-coded password, no real
 * protection). Binary secrets travel through safeStorage's string API as base64. Uses the async API when the
 * Electron version has it (the sync one is deprecated), consistently for encrypt and decrypt.
 */
export function keystoreFromSafeStorage(ss: SafeStorageLike, platform: NodeJS.Platform = process.platform): KeyStore {
  const useAsync = typeof ss.encryptStringAsync === 'function' && typeof ss.decryptStringAsync === 'function';
  const isAvailable = async () => {
    try {
      const ok =
        useAsync && typeof ss.isAsyncEncryptionAvailable === 'function'
          ? (await ss.isAsyncEncryptionAvailable()) && ss.isEncryptionAvailable()
          : ss.isEncryptionAvailable();
      if (!ok) return false;
      if (platform === 'linux') {
        const backend = ss.getSelectedStorageBackend?.() ?? 'unknown';
        if (backend === 'basic_text' || backend === 'unknown') return false;
      }
      return true;
    } catch {
      return false;
    }
  };
  return {
    isAvailable,
    async encrypt(plain) {
      if (!(await isAvailable())) throw new Error('OS keystore unavailable');
      const s = plain.toString('base64');
      return useAsync ? ss.encryptStringAsync!(s) : ss.encryptString(s);
    },
    async decrypt(wrapped) {
      if (!(await isAvailable())) throw new Error('OS keystore unavailable');
      const s = useAsync ? (await ss.decryptStringAsync!(wrapped)).result : ss.decryptString(wrapped);
      return Buffer.from(s, 'base64');
    },
  };
}

/** Main side: answers one request from the core process. Returns null for messages that are not keystore requests. */
export async function answerKeystoreRequest(msg: unknown, ks: KeyStore): Promise<KeystoreResponse | null> {
  if (!isKeystoreRequest(msg)) return null;
  const { id, op } = msg;
  try {
    if (op === 'isAvailable') return { type: 'keystore.response', id, ok: true, available: await ks.isAvailable() };
    const input = Buffer.from(msg.data ?? '', 'base64');
    const out = op === 'encrypt' ? await ks.encrypt(input) : await ks.decrypt(input);
    return { type: 'keystore.response', id, ok: true, data: Buffer.from(out).toString('base64') };
  } catch (err) {
    return { type: 'keystore.response', id, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
