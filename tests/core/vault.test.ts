import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KeyStore } from '../../src/core';
import { SCHEMA_VERSION } from '../../src/core/db/migrate';
import { normalizeRecoveryKey } from '../../src/core/vault/crypto';
import { call, callErr, hashTree, initCore, newCore, PASS, tempDir } from '../helpers/core';

describe('vault', () => {
  it('creates a vault, reports its state and unlocks with the passphrase', async () => {
    const core = await newCore();
    expect((await call(core, 'app.status')).state).toBe('new');
    const { recoveryKey } = await call(core, 'vault.create', { passphrase: PASS });
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect(await call(core, 'app.status')).toMatchObject({ state: 'unlocked', schemaVersion: SCHEMA_VERSION });
    await call(core, 'org.update', { name: 'CĐCS Công ty Hoà Bình' });
    await call(core, 'vault.lock');
    expect((await call(core, 'app.status')).state).toBe('locked');
    expect((await callErr(core, 'org.get')).code).toBe('LOCKED');
    await call(core, 'vault.unlock', { passphrase: PASS });
    expect((await call(core, 'app.status')).orgName).toBe('CĐCS Công ty Hoà Bình');
    // The profile's worker count (Mẫu 1-HĐCĐ) is a number, kept apart from the text fields.
    expect((await call(core, 'org.get')).profile.workerCount).toBeNull();
    await call(core, 'org.update', { workerCount: 1250 });
    expect((await call(core, 'org.get')).profile).toMatchObject({ name: 'CĐCS Công ty Hoà Bình', workerCount: 1250 });
    await core.close();
  });

  it('refuses a second create and a too-short passphrase', async () => {
    const { core } = await initCore();
    expect((await callErr(core, 'vault.create', { passphrase: PASS })).code).toBe('ALREADY_INITIALIZED');
    const fresh = await newCore();
    const err = await callErr(fresh, 'vault.create', { passphrase: 'ngắn' });
    expect(err.code).toBe('VALIDATION');
    expect(err.details).toEqual([expect.objectContaining({ path: ['passphrase'] })]);
    await core.close();
    await fresh.close();
  });

  it('a wrong passphrase or recovery key says "Sai mật khẩu" and changes no file', async () => {
    const { core, dataDir } = await initCore();
    await call(core, 'vault.lock');
    const before = hashTree(dataDir);
    const err = await callErr(core, 'vault.unlock', { passphrase: 'không phải mật khẩu' });
    expect(err.code).toBe('WRONG_SECRET');
    expect(err.message).toContain('Sai mật khẩu');
    const rec = await callErr(core, 'vault.recover', {
      recoveryKey: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH',
      newPassphrase: 'mật khẩu mới 2026',
    });
    expect(rec.code).toBe('WRONG_SECRET');
    expect(
      (await callErr(core, 'vault.recover', { recoveryKey: 'rác', newPassphrase: 'mật khẩu mới 2026' })).code,
    ).toBe('WRONG_SECRET');
    expect(hashTree(dataDir)).toEqual(before);
    await core.close();
  });

  it('changes the passphrase without re-encrypting the database', async () => {
    const { core, dataDir } = await initCore();
    const dbBefore = fs.readFileSync(`${dataDir}/uniondesk.db`).subarray(0, 4096);
    expect(
      (
        await callErr(core, 'vault.changePassphrase', {
          currentPassphrase: 'sai rồi nhé',
          newPassphrase: 'mật khẩu mới 2026',
        })
      ).code,
    ).toBe('WRONG_SECRET');
    await call(core, 'vault.changePassphrase', { currentPassphrase: PASS, newPassphrase: 'mật khẩu mới 2026' });
    await call(core, 'vault.lock');
    // The first page holds the salt and encrypted schema: unchanged means the data key stayed the same.
    expect(fs.readFileSync(`${dataDir}/uniondesk.db`).subarray(0, 16)).toEqual(dbBefore.subarray(0, 16));
    expect((await callErr(core, 'vault.unlock', { passphrase: PASS })).code).toBe('WRONG_SECRET');
    await call(core, 'vault.unlock', { passphrase: 'mật khẩu mới 2026' });
    expect((await call(core, 'org.get')).profile.name).toBe('Công đoàn cơ sở Công ty TNHH Thử Nghiệm');
    await core.close();
  });

  it('recovers with the recovery key typed loosely, and sets a new passphrase', async () => {
    const { core, recoveryKey } = await initCore();
    await call(core, 'vault.lock');
    const typed = recoveryKey.toLowerCase().replace(/-/g, ' ');
    expect(normalizeRecoveryKey(typed)).toBe(recoveryKey);
    await call(core, 'vault.recover', { recoveryKey: typed, newPassphrase: 'mật khẩu sau khôi phục' });
    await call(core, 'vault.lock');
    expect((await callErr(core, 'vault.unlock', { passphrase: PASS })).code).toBe('WRONG_SECRET');
    await call(core, 'vault.unlock', { passphrase: 'mật khẩu sau khôi phục' });
    await core.close();
  });

  it('unlocks through an OS keystore when enrolled, and refuses when none is available', async () => {
    // The keystore is the host's (Electron safeStorage); here a host that XORs stands in at that seam.
    const mask = Buffer.alloc(32, 0x5a);
    const keystore: KeyStore = {
      isAvailable: async () => true,
      encrypt: async (b) => Buffer.from(b.map((x, i) => x ^ mask[i % 32])),
      decrypt: async (b) => Buffer.from(b.map((x, i) => x ^ mask[i % 32])),
    };
    const dataDir = tempDir();
    const core = await newCore({ dataDir, keystore });
    await call(core, 'vault.create', { passphrase: PASS, useKeystore: true });
    await call(core, 'org.update', { name: 'CĐCS Keystore' });
    await core.close();
    const again = await newCore({ dataDir, keystore });
    expect(await call(again, 'app.status')).toMatchObject({
      state: 'locked',
      keystoreEnrolled: true,
      keystoreAvailable: true,
    });
    await call(again, 'vault.unlockWithKeystore');
    expect((await call(again, 'org.get')).profile.name).toBe('CĐCS Keystore');
    await call(again, 'vault.setKeystore', { enabled: false });
    await again.close();
    const noKs = await newCore({ dataDir });
    expect((await callErr(noKs, 'vault.unlockWithKeystore')).code).toBe('KEYSTORE_UNAVAILABLE');
    await noKs.close();
  });

  it('vault.json never holds the data key or the passphrase in clear', async () => {
    const { core, dataDir } = await initCore();
    const vaultJson = fs.readFileSync(`${dataDir}/vault.json`, 'utf8');
    expect(vaultJson).not.toContain(PASS);
    expect(Object.keys(JSON.parse(vaultJson)).sort()).toEqual([
      'createdAt',
      'deviceId',
      'format',
      'passphrase',
      'recovery',
    ]);
    await core.close();
  });
});

describe('phiếu khôi phục', () => {
  it("prints the recovery key sheet as a PDF only for the vault's own key", async () => {
    const { core, recoveryKey } = await initCore();
    const sheet = await call(core, 'vault.recoverySheet', { recoveryKey: recoveryKey.toLowerCase() });
    const pdf = Buffer.from(sheet.base64, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { PDFParse } = await import('pdf-parse');
    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    const text = (await parser.getText()).text.replace(/\s+/g, '');
    await parser.destroy();
    expect(text).toContain(recoveryKey);
    expect(text).toContain('PHIẾUKHÔIPHỤC');
    expect(
      (await callErr(core, 'vault.recoverySheet', { recoveryKey: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH' })).code,
    ).toBe('WRONG_SECRET');
    await core.close();
  });
});
