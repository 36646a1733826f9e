/**
 * The layers are proven, not a convention: every source file's imports are read with the TypeScript parser and
 * checked against the one table in tests/layers/table.ts (which layer may import which, where Node and electron
 * may be used, and the few single-file exceptions with their reasons).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkImports, layerOf } from './layers/check';
import { readImports } from './layers/imports';
import { ELECTRON_FREE, EXCEPTIONS, LAYERS, type LayerException } from './layers/table';

const ROOT = path.resolve(import.meta.dirname, '..');
const SOURCE = /\.(tsx?|[cm][jt]s|jsx?)$/;

function sourceFiles(dir = 'src'): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return sourceFiles(rel);
    return SOURCE.test(e.name) && !e.name.endsWith('.d.ts') ? [rel] : [];
  });
}

const check = (file: string, text: string) => checkImports(file, readImports(file, text)).violations;

describe('the layer table holds over src/', () => {
  const files = sourceFiles();
  const refsOf = new Map(files.map((f) => [f, readImports(f, readFileSync(path.join(ROOT, f), 'utf8'))]));

  it('finds the source files of every existing layer', () => {
    const layers = new Set(files.map(layerOf));
    for (const l of ['shared', 'core', 'host', 'main', 'preload', 'renderer', 'cli', 'web'] as const) {
      expect(layers, `no file found in src/${l}`).toContain(l);
    }
    expect(files.length).toBeGreaterThan(100);
  });

  it('has no import that the table forbids', () => {
    const violations: string[] = [];
    const used = new Set<LayerException>();
    for (const [file, refs] of refsOf) {
      const r = checkImports(file, refs);
      violations.push(...r.violations);
      r.used.forEach((e) => used.add(e));
    }
    // A file borrowed by another layer is bundled into it, so it obeys the borrower's rules as well.
    for (const e of EXCEPTIONS.filter((x) => x.to.startsWith('src/'))) {
      const borrowed = files.find((f) => f.replace(/\.[^.]+$/, '') === e.to.replace(/\.[^.]+$/, ''));
      if (!borrowed) violations.push(`exception ${e.from} → ${e.to}: no such file`);
      else violations.push(...checkImports(borrowed, refsOf.get(borrowed)!, layerOf(e.from)).violations);
    }
    for (const e of EXCEPTIONS) if (!used.has(e)) violations.push(`exception ${e.from} → ${e.to} is no longer used`);
    for (const f of Object.keys(ELECTRON_FREE)) if (!refsOf.has(f)) violations.push(`electron-free ${f}: no such file`);
    expect(violations, `layer violations (see tests/layers/table.ts):\n${violations.join('\n')}`).toEqual([]);
  });
});

describe('each layer is type-checked in the environment the table gives it', () => {
  const readJson = (f: string) => JSON.parse(readFileSync(path.join(ROOT, f), 'utf8'));
  const nodeConfig = readJson('tsconfig.node.json');
  const typecheck: string = readJson('package.json').scripts.typecheck;

  it.each(Object.entries(LAYERS))('%s', (layer, rule) => {
    const own = `src/${layer}/tsconfig.json`;
    const configs = [
      ...(existsSync(path.join(ROOT, own)) ? [own] : []),
      ...(nodeConfig.include.includes(`src/${layer}`) ? ['tsconfig.node.json'] : []),
    ];
    expect(configs, `exactly one tsconfig checks src/${layer}`).toHaveLength(1);
    const { types, lib } = readJson(configs[0]).compilerOptions as { types?: string[]; lib?: string[] };
    expect(types, 'Node types only where the table allows Node').toEqual(rule.node ? ['node'] : []);
    expect(
      lib?.some((l) => l.toUpperCase() === 'DOM'),
      'the DOM only where the layer runs in a page',
    ).toBe(rule.dom);
    const project = configs[0] === own ? `src/${layer}` : configs[0];
    expect(
      typecheck.split('&&').map((c) => c.trim()),
      'npm run typecheck checks it',
    ).toContain(`tsc -p ${project}`);
  });
});

describe('the import reader and the rules catch each kind of import', () => {
  it('reads static, re-export, dynamic, require and type imports, and ignores look-alikes in text', () => {
    const refs = readImports(
      'src/x/a.ts',
      [
        '/// <reference types="node" />',
        "import a from './a';",
        "import type { B } from './b';",
        "import { type C, type D } from './c';",
        "import { type E, f } from './e';",
        "export * from './g';",
        "export type { H } from './h';",
        "const i = await import('./i');",
        "const j = require('./j');",
        "let k: typeof import('./k');",
        "// import x from './comment';",
        'const s = "import y from \'./string\'";',
        'const t = `require("./template")`;',
      ].join('\n'),
    );
    expect(refs.map((r) => [r.specifier, r.typeOnly])).toEqual([
      ['./a', false],
      ['./b', true],
      ['./c', true],
      ['./e', false],
      ['./g', false],
      ['./h', true],
      ['./i', false],
      ['./j', false],
      ['./k', true],
      ['node', true],
    ]);
    expect(refs[6].line).toBe(8);
    expect(refs[9].line).toBe(1);
  });

  it('refuses a renderer reaching into the core, even lazily or for a type', () => {
    expect(check('src/renderer/members/Page.tsx', "const m = await import('../../core/members/service');")).toEqual([
      "src/renderer/members/Page.tsx:1 imports '../../core/members/service' (core): renderer may import only shared",
    ]);
    expect(check('src/renderer/x.ts', "import type { Core } from '../core';")).toHaveLength(1);
    expect(check('src/renderer/x.ts', "import { commands } from '../shared/contract';")).toEqual([]);
  });

  it('keeps Node out of shared, renderer and preload, and electron out of everything but main and preload', () => {
    expect(check('src/shared/x.ts', "import fs from 'node:fs';")).toHaveLength(1);
    expect(check('src/shared/x.ts', "const p = require('path');")).toHaveLength(1);
    expect(check('src/renderer/x.ts', '/// <reference types="node" />')).toHaveLength(1);
    expect(check('src/preload/x.ts', "import { setTimeout } from 'timers/promises';")).toHaveLength(1);
    expect(check('src/core/x.ts', "import { app } from 'electron';")[0]).toMatch(/only main and preload/);
    expect(check('src/main/x.ts', "import { app } from 'electron';")).toEqual([]);
    expect(check('src/main/core-process.ts', "import { app } from 'electron';")[0]).toMatch(/electron-free/);
    expect(check('src/main/core-process.ts', "import { createWindow } from './index';")[0]).toMatch(/electron-free/);
    expect(check('src/main/core-process.ts', "import { readArg } from './policy';")).toEqual([]);
  });

  it('lets shared import only zod, and no layer import from outside src/ or a folder the table lacks', () => {
    expect(check('src/shared/x.ts', "import { z } from 'zod';")).toEqual([]);
    expect(check('src/shared/x.ts', "import dayjs from 'dayjs';")).toHaveLength(1);
    expect(check('src/core/x.ts', "import p from '../../package.json';")[0]).toMatch(/outside src/);
    expect(check('src/core/x.ts', "import q from '../extras/q';")[0]).toMatch(/not in any layer/);
    expect(check('src/extras/q.ts', '')).toEqual(['src/extras/q.ts: not in any layer of tests/layers/table.ts']);
  });

  it('allows an exception only as far as it reaches (type-only stays type-only)', () => {
    expect(check('src/main/keystore-protocol.ts', "import type { KeyStore } from '../core/types';")).toEqual([]);
    expect(check('src/main/keystore-protocol.ts', "import { KeyStore } from '../core/types';")[0]).toMatch(
      /import type` only/,
    );
    expect(check('src/main/index.ts', "import { createCore } from '../core';")).toHaveLength(1);
  });

  it('has a rule for every layer the table names, and only layers that import from existing layers', () => {
    for (const [layer, rule] of Object.entries(LAYERS)) {
      for (const dep of rule.imports) expect(Object.keys(LAYERS), `${layer} → ${dep}`).toContain(dep);
      expect(rule.imports, `${layer} lists itself`).not.toContain(layer);
    }
  });
});
