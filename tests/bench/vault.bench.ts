/** Foundation figures: KDF time, vault open (passphrase vs already-unwrapped key), encrypted vs plain inserts. */
import path from 'node:path';
import { openDatabase } from '../../src/core/db/connection';
import { HybridClock } from '../../src/core/db/hlc';
import { migrate } from '../../src/core/db/migrate';
import { insertRecord } from '../../src/core/db/records';
import { Session } from '../../src/core/session';
import { DEFAULT_KDF, deriveKek } from '../../src/core/vault/crypto';
import { Vault } from '../../src/core/vault/vault';
import { createCore } from '../../src/core';
import { median, round, timeIt, tmp, type Suite } from './util';

const ROWS = 50_000;
const BATCH = 1_000;

async function insertThroughDataLayer(key: Buffer | null): Promise<number> {
  const db = await openDatabase({ file: path.join(tmp(), 'bench.db'), key });
  await migrate(db);
  const ctx = { clock: new HybridClock('bench'), deviceId: 'bench-device' };
  const ms = await timeIt(async () => {
    for (let i = 0; i < ROWS; i += BATCH) {
      await db.transaction(async (trx) => {
        for (let j = i; j < i + BATCH; j++)
          await insertRecord(trx, ctx, 'units', { name: `Tổ Nguyễn Thị Ánh ${j}`, parent_id: null, sort_order: j });
      });
    }
  });
  await db.destroy();
  return ms;
}

export const vaultBench: Suite = async () => {
  const kdf: number[] = [];
  for (let i = 0; i < 3; i++)
    kdf.push(await timeIt(() => deriveKek('mật khẩu đo thời gian', Buffer.alloc(16, i), DEFAULT_KDF)));

  const dataDir = tmp();
  const core = await createCore({ dataDir });
  const pass = 'mật khẩu đo thời gian';
  await core.invoke('vault.create', { passphrase: pass });
  await core.invoke('vault.lock', {});
  const withPass: number[] = [];
  for (let i = 0; i < 3; i++) {
    withPass.push(await timeIt(() => core.invoke('vault.unlock', { passphrase: pass })));
    await core.invoke('vault.lock', {});
  }
  await core.close();
  const vault = new Vault(path.join(dataDir, 'vault.json'), DEFAULT_KDF);
  const key = await vault.unlockWithPassphrase(pass);
  const withKey: number[] = [];
  for (let i = 0; i < 5; i++) {
    let s: Session | undefined;
    withKey.push(
      await timeIt(async () => (s = (await Session.open(path.join(dataDir, 'uniondesk.db'), key, 'bench')).session)),
    );
    await s!.close();
  }

  const plain = await insertThroughDataLayer(null);
  const encrypted = await insertThroughDataLayer(Buffer.alloc(32, 9));
  return {
    kdf: { algorithm: 'scrypt', ...DEFAULT_KDF, median_ms: round(median(kdf)) },
    vault_open_passphrase_ms: round(median(withPass)),
    vault_open_wrapped_key_ms: round(median(withKey)),
    insert_50k: {
      rows: ROWS,
      // Audit rows were used until issue 8; they are local now (no outbox row), so a synced table stands in.
      note: 'units rows + their outbox rows through insertRecord, 1,000 per transaction',
      plain_ms: round(plain),
      encrypted_ms: round(encrypted),
      ratio_encrypted_vs_plain: round(encrypted / plain),
      target_ratio: 1.3,
    },
  };
};
