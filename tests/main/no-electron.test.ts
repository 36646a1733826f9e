/**
 * The core process and the web host run without Electron (utility process / plain Node): neither they nor
 * anything they import may import `electron`. Walks the real import graph from their entry files.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const IMPORT_RE = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

function resolveLocal(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  for (const cand of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (existsSync(cand) && cand.match(/\.tsx?$/)) return cand;
  }
  return null;
}

function graph(entry: string): { files: Set<string>; bare: Map<string, string> } {
  const files = new Set<string>();
  const bare = new Map<string, string>();
  const todo = [entry];
  while (todo.length) {
    const f = todo.pop()!;
    if (files.has(f)) continue;
    files.add(f);
    const src = readFileSync(f, 'utf8');
    for (const m of src.matchAll(IMPORT_RE)) {
      const spec = m[1] ?? m[2] ?? m[3] ?? m[4];
      if (!spec) continue;
      if (spec.startsWith('.')) {
        const r = resolveLocal(f, spec);
        if (r) todo.push(r);
      } else if (!bare.has(spec)) {
        bare.set(spec, path.relative(root, f));
      }
    }
  }
  return { files, bare };
}

describe('no electron outside main/preload', () => {
  for (const entry of ['src/main/core-process.ts', 'src/web/host.ts', 'src/main/app-protocol.ts', 'src/main/keystore-protocol.ts', 'src/main/policy.ts']) {
    it(`${entry} and its imports never import electron`, () => {
      const { files, bare } = graph(path.join(root, entry));
      expect(files.size).toBeGreaterThan(0);
      if (entry === 'src/main/core-process.ts') {
        // The walk really reaches the core (so a stray electron import there would be seen).
        expect([...files].some((f) => f.endsWith(path.join('src', 'core', 'core.ts')))).toBe(true);
      }
      const electron = [...bare].filter(([spec]) => spec === 'electron' || spec.startsWith('electron/'));
      expect(electron).toEqual([]);
    });
  }

  it('the built core bundle does not import electron (when built)', () => {
    const core = path.join(root, 'out/main/core.js');
    if (!existsSync(core)) return;
    const chunks = [core];
    const text = readFileSync(core, 'utf8');
    for (const m of text.matchAll(/from\s+["'](\.\/chunks\/[^"']+)["']/g)) chunks.push(path.join(root, 'out/main', m[1]));
    for (const f of chunks) expect(readFileSync(f, 'utf8'), f).not.toMatch(/from\s+["']electron["']|require\(["']electron["']\)/);
  });
});
