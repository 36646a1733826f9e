/**
 * The core process runs without Electron (a utility process): its built bundle must not import `electron`.
 * The sources are checked by tests/layers.test.ts (electron only in main and preload, and never in the
 * electron-free files of main, core-process.ts among them); this checks what the bundler actually produced.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

describe('no electron in the core process bundle', () => {
  it('the built core bundle does not import electron (when built)', () => {
    const core = path.join(root, 'out/main/core.js');
    if (!existsSync(core)) return;
    const chunks = [core];
    const text = readFileSync(core, 'utf8');
    for (const m of text.matchAll(/from\s+["'](\.\/chunks\/[^"']+)["']/g))
      chunks.push(path.join(root, 'out/main', m[1]));
    for (const f of chunks)
      expect(readFileSync(f, 'utf8'), f).not.toMatch(/from\s+["']electron["']|require\(["']electron["']\)/);
  });
});
