import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/core/db/connection';
import { FAST_KDF } from '../../src/core/vault/crypto';
import { Vault } from '../../src/core/vault/vault';
import { initCore, PASS } from '../helpers/core';

describe('crash safety', () => {
  it('after SIGKILL mid-write the database opens, passes integrity_check and holds every committed write', async () => {
    const { core, dataDir } = await initCore();
    await core.close();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'fixtures/crash-writer.ts'), dataDir],
      {
        env: { ...process.env, UNIONDESK_PASSPHRASE: PASS },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const target = 200 + Math.floor(Math.random() * 300);
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d) => {
        out += d;
        if (out.split('\n').length > target) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', () => reject(new Error(`writer exited early: ${err}`)));
    });
    await new Promise((r) => child.once('exit', r));
    const committed = out
      .split('\n')
      .filter((l) => /^\d+$/.test(l))
      .map(Number);
    expect(committed.length).toBeGreaterThanOrEqual(target);

    const key = await new Vault(path.join(dataDir, 'vault.json'), FAST_KDF).unlockWithPassphrase(PASS);
    const db = await openDatabase({ file: path.join(dataDir, 'uniondesk.db'), key });
    const integrity = (await db.raw('PRAGMA integrity_check')) as { integrity_check: string }[];
    expect(integrity).toEqual([{ integrity_check: 'ok' }]);
    const stored = new Set(
      (await db('audit_log').where({ action: 'crash.test' }).select('entity_id')).map((r) => Number(r.entity_id)),
    );
    const missing = committed.filter((n) => !stored.has(n));
    expect(missing).toEqual([]);
    // Each stored synced row came with its outbox row (same transaction); the audit rows with their units.
    const outbox = await db('outbox').where({ entity: 'units' }).count({ n: '*' }).first();
    const rows = await db('units').count({ n: '*' }).first();
    expect(outbox!.n).toBe(rows!.n);
    expect(rows!.n).toBe(stored.size);
    await db.destroy();
  });
});
