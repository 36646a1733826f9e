import { afterAll, describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../src/core/paths';
import { PASS, cleanup, initVault, json, run, start, tempDir, testEnv } from './helpers';

afterAll(cleanup);

describe('help', () => {
  it('is in Vietnamese by default, for the program and for each command', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Cách dùng:');
    expect(r.stdout).toContain('Lệnh:');
    expect(r.stdout).toContain('tạo kho dữ liệu mã hóa');
    expect(r.stdout).toContain('Mã thoát');
    for (const cmd of [['init'], ['org', 'set'], ['vault', 'recover'], ['backup', 'restore'], ['doctor'], ['web']]) {
      const h = await run([...cmd, '--help']);
      expect(h.code, cmd.join(' ')).toBe(0);
      expect(h.stdout, cmd.join(' ')).toContain('Cách dùng:');
      expect(h.stdout, cmd.join(' ')).toContain('Tùy chọn');
    }
  });

  it('is in English with --lang en or UNIONDESK_LANG=en', async () => {
    expect((await run(['--lang', 'en', '--help'])).stdout).toContain('Usage:');
    expect((await run(['--help'], { UNIONDESK_LANG: 'en' })).stdout).toContain('Commands:');
    expect((await run(['--lang', 'xx', '--help'])).code).toBe(2);
    const helpCmd = await run(['help', 'backup']);
    expect(helpCmd.code).toBe(0);
    expect(helpCmd.stdout).toContain('restore <file>');
  });

  it('an unknown command or option is a usage error (exit 2); no command shows help with exit 2', async () => {
    expect((await run(['frobnicate'])).code).toBe(2);
    const opt = await run(['--json', 'status', '--frob']);
    expect(opt.code).toBe(2);
    expect(json(opt).error.code).toBe('USAGE');
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Cách dùng:');
  });
});

describe('doctor and status', () => {
  it('doctor --json reports ok:true on a healthy unlocked vault', async () => {
    const { dataDir } = await initVault();
    const r = await run(['--json', '--data-dir', dataDir, 'doctor'], { UNIONDESK_PASSPHRASE: PASS });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const report = json(r);
    expect(report.ok).toBe(true);
    expect(report.checks.length).toBeGreaterThan(0);
    for (const c of report.checks) expect(c).toMatchObject({ name: expect.any(String), ok: true });
  });

  it('doctor runs without a passphrase (locked) and its exit code follows "ok"', async () => {
    const { dataDir } = await initVault();
    const r = await run(['--json', '--data-dir', dataDir, 'doctor']);
    const report = json(r);
    expect(Array.isArray(report.checks)).toBe(true);
    expect(r.code).toBe(report.ok ? 0 : 1);
  });

  it('without --data-dir or UNIONDESK_DATA_DIR, in-process too, the folder is under the given home', async () => {
    const r = await run(['--json', 'status']);
    expect(r.code, r.stderr).toBe(0);
    expect(json(r).dataDir).toBe(defaultDataDir({}, process.platform, testEnv().HOME));
  });

  it('status reports the state without a passphrase', async () => {
    const { dataDir } = await initVault();
    const r = await run(['--json', '--data-dir', dataDir, 'status']);
    expect(r.code).toBe(0);
    expect(json(r).state).toBe('locked');
  });
});

describe('uniondesk web', () => {
  it('prints a URL with a token, answers HTTP, and stops cleanly on SIGTERM', async () => {
    const dataDir = tempDir();
    const child = start(['--data-dir', dataDir, 'web', '--port', '0']);
    let stdout = '';
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const line = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL printed; stderr: ${stderr}`)), 20_000);
        child.stdout!.setEncoding('utf8').on('data', (d: string) => {
          stdout += d;
          const m = /UnionDesk: (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(stdout);
          if (m) {
            clearTimeout(timer);
            resolve(m[1]);
          }
        });
        child.on('exit', () => reject(new Error(`exited early; stderr: ${stderr}`)));
      });
      const url = new URL(line);
      const page = await fetch(url, { redirect: 'manual' }); // the fragment stays in the browser
      expect(page.status).not.toBe(401); // the page (or the "not built" hint); the token is for the socket
      expect(page.headers.get('set-cookie')).toBeNull();
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });

  it('--json prints one document with the URL', async () => {
    const child = start(['--json', '--data-dir', tempDir(), 'web', '--port', '0']);
    let stdout = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise<void>((resolve) => {
      child.stdout!.setEncoding('utf8').on('data', (d: string) => {
        stdout += d;
        if (stdout.includes('\n')) resolve();
      });
    });
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(JSON.parse(stdout).url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=/);
  });
});
