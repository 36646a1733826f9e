import { afterAll, describe, expect, it } from 'vitest';
import { PASS, cleanup, initVault, json, run } from './helpers';

afterAll(cleanup);

const NEW = 'mật khẩu mới 2025';

describe('uniondesk vault', () => {
  it('change-passphrase: the old passphrase then fails and the new one works', async () => {
    const { dataDir } = await initVault();
    const r = await run(['--json', '--data-dir', dataDir, 'vault', 'change-passphrase'], {
      UNIONDESK_PASSPHRASE: PASS,
      UNIONDESK_NEW_PASSPHRASE: NEW,
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(json(r)).toEqual({ ok: true });
    expect(r.stdout + r.stderr).not.toContain(NEW);

    const old = await run(['--data-dir', dataDir, 'org', 'show'], { UNIONDESK_PASSPHRASE: PASS });
    expect(old.code).toBe(3);
    expect(old.stderr).toContain('Sai mật khẩu');
    const ok = await run(['--json', '--data-dir', dataDir, 'org', 'show'], { UNIONDESK_PASSPHRASE: NEW });
    expect(ok.code, ok.stderr).toBe(0);
  });

  it('change-passphrase needs the new passphrase (exit 2) and a right current one (exit 3)', async () => {
    const { dataDir } = await initVault();
    const noNew = await run(['--data-dir', dataDir, 'vault', 'change-passphrase'], { UNIONDESK_PASSPHRASE: PASS });
    expect(noNew.code).toBe(2);
    expect(noNew.stderr).toContain('UNIONDESK_NEW_PASSPHRASE');
    const wrong = await run(['--data-dir', dataDir, 'vault', 'change-passphrase'], {
      UNIONDESK_PASSPHRASE: 'sai-mat-khau-1',
      UNIONDESK_NEW_PASSPHRASE: NEW,
    });
    expect(wrong.code).toBe(3);
    const tooShort = await run(['--json', '--data-dir', dataDir, 'vault', 'change-passphrase'], {
      UNIONDESK_PASSPHRASE: PASS,
      UNIONDESK_NEW_PASSPHRASE: 'ngắn',
    });
    expect(tooShort.code).toBe(4);
    expect(json(tooShort).error.code).toBe('VALIDATION');
    const still = await run(['--data-dir', dataDir, 'org', 'show'], { UNIONDESK_PASSPHRASE: PASS });
    expect(still.code).toBe(0);
  });

  it('recover: the recovery key sets a new passphrase', async () => {
    const { dataDir, recoveryKey } = await initVault();
    const r = await run(['--json', '--data-dir', dataDir, 'vault', 'recover'], {
      UNIONDESK_RECOVERY_KEY: recoveryKey,
      UNIONDESK_NEW_PASSPHRASE: NEW,
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(json(r)).toEqual({ ok: true });
    expect(r.stdout + r.stderr).not.toContain(recoveryKey);

    const ok = await run(['--json', '--data-dir', dataDir, 'org', 'show'], { UNIONDESK_PASSPHRASE: NEW });
    expect(ok.code, ok.stderr).toBe(0);
    const old = await run(['--data-dir', dataDir, 'org', 'show'], { UNIONDESK_PASSPHRASE: PASS });
    expect(old.code).toBe(3);
  });

  it('recover: a wrong recovery key exits 3; a missing one is a usage error', async () => {
    const { dataDir, recoveryKey } = await initVault();
    const wrongKey = recoveryKey.replace(/[A-Z0-9]/, (c) => (c === 'A' ? 'B' : 'A'));
    const r = await run(['--json', '--data-dir', dataDir, 'vault', 'recover'], {
      UNIONDESK_RECOVERY_KEY: wrongKey,
      UNIONDESK_NEW_PASSPHRASE: NEW,
    });
    expect(r.code).toBe(3);
    expect(json(r).error.code).toBe('WRONG_SECRET');
    expect(r.stdout + r.stderr).not.toContain(wrongKey);

    const missing = await run(['--data-dir', dataDir, 'vault', 'recover'], { UNIONDESK_NEW_PASSPHRASE: NEW });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('UNIONDESK_RECOVERY_KEY');

    const still = await run(['--data-dir', dataDir, 'org', 'show'], { UNIONDESK_PASSPHRASE: PASS });
    expect(still.code).toBe(0);
  });
});
