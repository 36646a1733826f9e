import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(rel));
    else if (/\.(ts|tsx|mts|mjs|js)$/.test(e.name)) out.push(rel);
  }
  return out;
}
const imports = (file: string) =>
  [
    ...fs
      .readFileSync(path.join(root, file), 'utf8')
      .matchAll(/(?:from\s+|import\s*\(\s*|require\(\s*)['"]([^'"]+)['"]/g),
  ].map((m) => m[1]);

describe('architecture rules', () => {
  it('the core, the CLI and the web host never import electron (they run under plain Node)', () => {
    for (const dir of ['src/core', 'src/shared', 'src/cli', 'src/web'].filter((d) =>
      fs.existsSync(path.join(root, d)),
    )) {
      for (const f of sources(dir))
        expect(
          imports(f).filter((i) => i === 'electron' || i.startsWith('electron/')),
          f,
        ).toEqual([]);
    }
  });

  it('src/shared imports no Node or DOM-only module, and the renderer reaches the core only through src/shared', () => {
    for (const f of sources('src/shared')) {
      for (const i of imports(f))
        expect(i.startsWith('node:') || ['fs', 'path', 'crypto', 'os', 'child_process'].includes(i), `${f}: ${i}`).toBe(
          false,
        );
    }
    if (fs.existsSync(path.join(root, 'src/renderer'))) {
      for (const f of sources('src/renderer')) {
        for (const i of imports(f))
          expect(/(^|\/)(core|main|cli|web)(\/|$)/.test(i) && i.startsWith('.'), `${f}: ${i}`).toBe(false);
      }
    }
  });
});
