/**
 * The real `bin/uniondesk.mjs` process, for what only a process shows: its exit codes, its environment (and the
 * default data folder from HOME), --help on stdout. Everything else runs in-process (helpers.ts `run`); signals
 * are in misc.test.ts (`uniondesk web`). Each process gets an explicit environment, never the caller's.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../src/core/paths';
import { PASS, cleanup, json, runProcess, tempDir, testEnv } from './helpers';

afterAll(cleanup);

describe('the uniondesk process', () => {
  it('prints help in Vietnamese (exit 0); a wrong command line exits 2 with one JSON error document', async () => {
    const help = await runProcess(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Cách dùng:');
    const bad = await runProcess(['--json', 'frobnicate']);
    expect(bad.code).toBe(2);
    expect(json(bad).error.code).toBe('USAGE');
  });

  it('takes the data folder, the passphrase and the language from its environment; locked without one (exit 3)', async () => {
    const dataDir = tempDir();
    const env = { UNIONDESK_DATA_DIR: dataDir, UNIONDESK_PASSPHRASE: PASS };
    const init = await runProcess(['--json', 'init', '--org-name', 'CĐCS Môi Trường'], env);
    expect(init.code, init.stderr).toBe(0);
    expect(json(await runProcess(['--json', 'org', 'show'], env)).name).toBe('CĐCS Môi Trường');
    const locked = await runProcess(['--json', 'org', 'show'], { UNIONDESK_DATA_DIR: dataDir });
    expect(locked.code).toBe(3);
    expect(json(locked).error.code).toBe('LOCKED');
    const en = await runProcess(['org', 'show'], { UNIONDESK_DATA_DIR: dataDir, UNIONDESK_LANG: 'en' });
    expect(en.stderr).toContain('Error');
  });

  it('without --data-dir or UNIONDESK_DATA_DIR uses the desktop folder under its HOME (the test HOME)', async () => {
    const r = await runProcess(['--json', 'status']);
    expect(r.code, r.stderr).toBe(0);
    expect(json(r).dataDir).toBe(defaultDataDir({}, process.platform, testEnv().HOME));
  });
});
