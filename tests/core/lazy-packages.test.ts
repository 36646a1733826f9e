/**
 * The packages that only some commands need (spreadsheets, Word and PDF files, mail parsing) load when such a command
 * runs, not when the core starts: each costs 10–27 MB of memory in the core process for as long as it lives (the
 * mail bench's sending process peaked 15 MB higher while exceljs and docx were loaded at start). Walks the static
 * imports from the core's entry with the TypeScript parser; a dynamic `import()` ends the walk.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImports } from '../layers/imports';

const ROOT = path.resolve(import.meta.dirname, '../..');
const HEAVY = ['exceljs', 'docx', 'pdfmake', 'pdf-lib', 'fontkit', 'mailparser', 'mammoth', 'juice', 'markdown-it'];

function resolveLocal(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (existsSync(c) && c.match(/\.tsx?$/)) return c;
  }
  return null;
}

/** Packages reached from `entry` through static value imports, each with the file that imports it. */
function eagerPackages(entry: string): Map<string, string> {
  const seen = new Set<string>();
  const packages = new Map<string, string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const ref of readImports(file, readFileSync(file, 'utf8'))) {
      if (ref.typeOnly || ref.deferred || ref.reference) continue;
      if (ref.specifier.startsWith('.')) {
        const next = resolveLocal(file, ref.specifier);
        if (next) walk(next);
      } else if (!ref.specifier.startsWith('node:')) {
        const name = ref.specifier.startsWith('@') ? ref.specifier.split('/').slice(0, 2).join('/') : ref.specifier;
        if (!packages.has(name)) packages.set(name, `${path.relative(ROOT, file)}:${ref.line}`);
      }
    }
  };
  walk(path.join(ROOT, entry));
  expect(seen.size).toBeGreaterThan(100); // the walk did reach the modules
  return packages;
}

describe('the core starts without the heavy file packages', () => {
  it.each(['src/core/index.ts', 'src/main/core-process.ts'])('%s loads none of them at start', (entry) => {
    const eager = eagerPackages(entry);
    const loaded = HEAVY.filter((p) => eager.has(p)).map((p) => `${p} (imported by ${eager.get(p)})`);
    expect(loaded).toEqual([]);
    expect(eager.has('knex')).toBe(true); // the walk sees packages: the database layer is loaded at start
  });
});
