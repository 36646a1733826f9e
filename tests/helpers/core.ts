import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core, type CoreOptions } from '../../src/core';
import { FAST_KDF } from '../../src/core/vault/crypto';

export function tempDir(prefix = 'ud-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A real core on a real encrypted file in a temp folder; the KDF is cheap so tests stay quick. */
export async function newCore(opts: Partial<CoreOptions> = {}): Promise<Core> {
  return createCore({ dataDir: opts.dataDir ?? tempDir(), kdf: FAST_KDF, ...opts });
}

/** Unwraps an InvokeResult, failing the test with the core's error when it is not ok. */
export async function call<T = any>(core: Core, name: string, input: unknown = {}): Promise<T> {
  const r = await core.invoke(name, input);
  if (!r.ok) throw new Error(`${name} failed: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

export async function callErr(
  core: Core,
  name: string,
  input: unknown = {},
): Promise<{ code: string; message: string; details: any }> {
  const r = await core.invoke(name, input);
  if (r.ok) throw new Error(`${name} unexpectedly succeeded`);
  return r.error as { code: string; message: string; details: any };
}

export const PASS = 'mật khẩu thử nghiệm 2026';

export async function initCore(opts: Partial<CoreOptions> = {}) {
  const core = await newCore(opts);
  const { recoveryKey } = await call<{ recoveryKey: string }>(core, 'vault.create', { passphrase: PASS });
  await call(core, 'org.update', { name: 'Công đoàn cơ sở Công ty TNHH Thử Nghiệm' });
  return { core, recoveryKey, dataDir: core.dataDir };
}

/** sha256 of every file under a folder, by relative path. */
export function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[path.relative(dir, p)] = crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

export function allFiles(dir: string): string[] {
  return Object.keys(hashTree(dir)).map((f) => path.join(dir, f));
}
