/** `npm start` where the Electron binary is missing: a clear bilingual message pointing to `npm run web`, exit 1. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

describe('scripts/start.mjs', () => {
  it('explains the missing Electron binary and points to npm run web, without downloading anything', () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'ud-noelectron-'));
    try {
      const r = spawnSync(process.execPath, [path.join(root, 'scripts/start.mjs')], {
        cwd: root,
        encoding: 'utf8',
        timeout: 30_000,
        // An empty override dir stands for "no binary" on every machine (it is never launched or fetched).
        // Hermetic: only what the script needs, never the caller's UNIONDESK_* or HOME.
        env: { PATH: process.env.PATH ?? '', HOME: empty, ELECTRON_OVERRIDE_DIST_PATH: empty },
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('Không tìm thấy tệp chạy Electron trên máy này');
      expect(r.stderr).toContain('npm run web');
      expect(r.stderr).toContain('Electron binary was not found');
      expect(r.stderr + r.stdout).not.toMatch(/Downloading Electron/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
