import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PASS, cleanup, initVault, json, run, tempDir } from './helpers';

afterAll(cleanup);

describe('uniondesk init', () => {
  it('creates the vault and prints the recovery key once, as exactly one JSON document', async () => {
    const dataDir = tempDir();
    const r = await run(
      [
        '--json',
        '--data-dir',
        dataDir,
        'init',
        '--org-name',
        'CĐCS Công ty Dệt Hà Nội',
        '--upper-level',
        'Công đoàn phường Hoàng Mai',
        '--upper-level-type',
        'ward',
      ],
      { UNIONDESK_PASSPHRASE: PASS },
    );
    expect(r.code, r.stderr).toBe(0);
    const doc = json(r);
    expect(Object.keys(doc)).toEqual(['recoveryKey']);
    expect(doc.recoveryKey).toMatch(/\w{4}/);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr + r.stdout).not.toContain(PASS);

    const show = await run(['--json', '--data-dir', dataDir, 'org', 'show'], { UNIONDESK_PASSPHRASE: PASS });
    expect(show.code, show.stderr).toBe(0);
    const org = json(show);
    expect(org.name).toBe('CĐCS Công ty Dệt Hà Nội');
    expect(org.upperLevelName).toBe('Công đoàn phường Hoàng Mai');
    expect(org.upperLevelType).toBe('ward');
    expect(org.upperLevels[0]).toMatchObject({ name: 'Công đoàn phường Hoàng Mai', type: 'ward' });
  });

  it('shows the recovery key boxed with a warning in human mode (data dir from the environment)', async () => {
    const dataDir = tempDir();
    const r = await run(['init', '--org-name', 'CĐCS B'], { UNIONDESK_PASSPHRASE: PASS, UNIONDESK_DATA_DIR: dataDir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('KHÓA KHÔI PHỤC');
    expect(r.stdout).toContain('╔');
    expect(r.stdout).toMatch(/cất giữ an toàn/);
  });

  it('refuses a second init in the same folder (exit 4) and keeps the first vault', async () => {
    const { dataDir } = await initVault('CĐCS Lần Một');
    const r = await run(['--json', '--data-dir', dataDir, 'init', '--org-name', 'CĐCS Lần Hai'], {
      UNIONDESK_PASSPHRASE: PASS,
    });
    expect(r.code).toBe(4);
    expect(json(r).error.code).toBe('ALREADY_INITIALIZED');
    const show = await run(['--json', '--data-dir', dataDir, 'org', 'show'], { UNIONDESK_PASSPHRASE: PASS });
    expect(json(show).name).toBe('CĐCS Lần Một');
  });

  it('needs a passphrase and rejects an invalid upper-level type before creating anything', async () => {
    const dataDir = tempDir();
    const noPass = await run(['--data-dir', dataDir, 'init', '--org-name', 'X']);
    expect(noPass.code).toBe(2);
    expect(noPass.stderr).toContain('UNIONDESK_PASSPHRASE');
    const badType = await run(['--data-dir', dataDir, 'init', '--org-name', 'X', '--upper-level-type', 'district'], {
      UNIONDESK_PASSPHRASE: PASS,
    });
    expect(badType.code).toBe(2);
    const status = await run(['--json', '--data-dir', dataDir, 'status']);
    expect(json(status).state).toBe('new');
  });
});

describe('uniondesk org', () => {
  it('round-trips Vietnamese text, normalised to NFC', async () => {
    const { dataDir } = await initVault();
    const chair = 'Nguyễn Thị Hồng Nhung';
    const place = 'Thành phố Hồ Chí Minh';
    const set = await run(
      [
        '--json',
        '--data-dir',
        dataDir,
        'org',
        'set',
        `chairName=${chair.normalize('NFD')}`,
        `place=${place}`,
        'term=2025–2030',
        'shortName=CĐCS Thử',
        'workerCount=1.250',
      ],
      { UNIONDESK_PASSPHRASE: PASS },
    );
    expect(set.code, set.stderr).toBe(0);
    expect(json(set).chairName).toBe(chair);

    const show = await run(['--json', '--data-dir', dataDir, 'org', 'show'], { UNIONDESK_PASSPHRASE: PASS });
    const org = json(show);
    expect(org.chairName).toBe(chair);
    expect(org.chairName.normalize('NFC')).toBe(org.chairName);
    expect(org.place).toBe(place);
    expect(org.term).toBe('2025–2030');
    expect(org.shortName).toBe('CĐCS Thử');
    expect(org.workerCount).toBe(1250);
    expect(Array.isArray(org.upperLevels)).toBe(true);

    const human = await run(['--data-dir', dataDir, 'org', 'show'], { UNIONDESK_PASSPHRASE: PASS });
    expect(human.stdout).toContain(chair);
    expect(human.stdout).toContain('Chủ tịch');
  });

  it('an unknown key is a usage error (exit 2) listing the valid keys; a bad value is rejected (exit 4)', async () => {
    const { dataDir } = await initVault();
    const r = await run(['--data-dir', dataDir, 'org', 'set', 'president=Ai đó'], { UNIONDESK_PASSPHRASE: PASS });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('president');
    expect(r.stderr).toContain('chairName');
    const j = await run(['--json', '--data-dir', dataDir, 'org', 'set', 'president=x'], { UNIONDESK_PASSPHRASE: PASS });
    expect(j.code).toBe(2);
    expect(json(j).error.details.validKeys).toContain('upperLevelType');

    const bad = await run(['--json', '--data-dir', dataDir, 'org', 'set', 'upperLevelType=district'], {
      UNIONDESK_PASSPHRASE: PASS,
    });
    expect(bad.code).toBe(4);
    expect(json(bad).error.code).toBe('VALIDATION');
    const count = await run(['--json', '--data-dir', dataDir, 'org', 'set', 'workerCount=nhiều'], {
      UNIONDESK_PASSPHRASE: PASS,
    });
    expect(count.code).toBe(4);
    expect(json(count).error.code).toBe('VALIDATION');
  });
});

describe('passphrases', () => {
  it('never accepts a passphrase as an argument (exit 2) and does not echo it', async () => {
    const { dataDir } = await initVault();
    for (const args of [['--passphrase', 'bí-mật-lộ-123'], ['--passphrase=bí-mật-lộ-123']]) {
      const r = await run(['--data-dir', dataDir, ...args, 'org', 'show']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('UNIONDESK_PASSPHRASE');
      expect(r.stdout + r.stderr).not.toContain('bí-mật-lộ-123');
    }
    const j = await run(['--json', '--data-dir', dataDir, 'org', 'show', '--passphrase', 'bí-mật-lộ-123']);
    expect(j.code).toBe(2);
    expect(json(j).error.code).toBe('USAGE');
  });

  it('a wrong passphrase exits 3 with "Sai mật khẩu"; no passphrase exits 3', async () => {
    const { dataDir } = await initVault();
    const wrong = await run(['--data-dir', dataDir, 'org', 'show'], { UNIONDESK_PASSPHRASE: 'không đúng đâu' });
    expect(wrong.code).toBe(3);
    expect(wrong.stderr).toContain('Sai mật khẩu');
    expect(wrong.stderr).not.toContain('không đúng đâu');
    const wrongJson = await run(['--json', '--data-dir', dataDir, 'org', 'show'], {
      UNIONDESK_PASSPHRASE: 'không đúng đâu',
    });
    expect(wrongJson.code).toBe(3);
    expect(json(wrongJson).error).toMatchObject({ code: 'WRONG_SECRET' });
    expect(json(wrongJson).error.message).toContain('Sai mật khẩu');

    const none = await run(['--data-dir', dataDir, 'org', 'show']);
    expect(none.code).toBe(3);
    expect(none.stderr).toContain('UNIONDESK_PASSPHRASE');
  });

  it('reads the passphrase from the first line of --passphrase-file', async () => {
    const { dataDir } = await initVault();
    const file = path.join(tempDir(), 'pass.txt');
    writeFileSync(file, `${PASS}\nsecond line ignored\n`);
    const r = await run(['--json', '--data-dir', dataDir, '--passphrase-file', file, 'org', 'show']);
    expect(r.code, r.stderr).toBe(0);
    expect(json(r).name).toContain('Thử Nghiệm');
  });

  it('a command on a folder without a vault exits 3 (NOT_INITIALIZED)', async () => {
    const r = await run(['--json', '--data-dir', tempDir(), 'org', 'show'], { UNIONDESK_PASSPHRASE: PASS });
    expect(r.code).toBe(3);
    expect(json(r).error.code).toBe('NOT_INITIALIZED');
  });
});
