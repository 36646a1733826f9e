/**
 * Checks one file's imports against the layer table. Pure: paths are repository-relative with `/`, so the rules
 * can be tested on made-up files as well as run over the real tree.
 */
import { builtinModules } from 'node:module';
import path from 'node:path';
import type { ImportRef } from './imports';
import { ELECTRON_FREE, EXCEPTIONS, LAYERS, type Layer, type LayerException } from './table';

const BUILTINS = new Set(builtinModules);

/** `src/<layer>/…` → the layer; anything else (a file directly in src/, an unknown folder) → null. */
export function layerOf(file: string): Layer | null {
  const m = /^src\/([^/]+)(\/|$)/.exec(file);
  return m && Object.hasOwn(LAYERS, m[1]) ? (m[1] as Layer) : null;
}

type Target =
  | { kind: 'file'; file: string; layer: Layer | null }
  | { kind: 'node' }
  | { kind: 'electron' }
  | { kind: 'package'; name: string };

function classify(from: string, ref: ImportRef): Target {
  const spec = ref.specifier.replace(/\?.*$/, ''); // vite suffixes such as `?raw`
  if (ref.reference) return spec === 'node' ? { kind: 'node' } : { kind: 'package', name: `@types/${spec}` };
  if (spec.startsWith('.')) {
    const file = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
    return { kind: 'file', file, layer: layerOf(file) };
  }
  if (spec.startsWith('node:') || BUILTINS.has(spec) || BUILTINS.has(spec.split('/')[0])) return { kind: 'node' };
  if (spec === 'electron' || spec.startsWith('electron/')) return { kind: 'electron' };
  const parts = spec.split('/');
  return { kind: 'package', name: spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0] };
}

const stripExt = (f: string) => f.replace(/\.(tsx?|[cm]?[jt]sx?)$/, '').replace(/\/index$/, '');

function findException(from: string, target: Target & { kind: 'file' }): LayerException | undefined {
  return EXCEPTIONS.find((e) => e.from === from && (e.to === target.layer || stripExt(e.to) === stripExt(target.file)));
}

const isElectronFree = (target: string) => Object.keys(ELECTRON_FREE).some((f) => stripExt(f) === stripExt(target));

export interface FileCheck {
  violations: string[];
  /** Exceptions that allowed one of this file's imports (to find unused ones). */
  used: LayerException[];
}

/**
 * Checks `refs` of `file` under the rules of `asLayer` (default: the file's own layer; a borrowed file is checked
 * under its borrower's layer too).
 */
export function checkImports(file: string, refs: readonly ImportRef[], asLayer = layerOf(file)): FileCheck {
  const violations: string[] = [];
  const used: LayerException[] = [];
  if (!asLayer) return { violations: [`${file}: not in any layer of tests/layers/table.ts`], used };
  const rule = LAYERS[asLayer];
  const as = asLayer === layerOf(file) ? '' : ` (bundled into ${asLayer})`;

  for (const ref of refs) {
    const at = `${file}:${ref.line}${as} imports '${ref.specifier}'`;
    const target = classify(file, ref);
    if (target.kind === 'node') {
      if (!rule.node) violations.push(`${at}: ${asLayer} may not use Node builtins`);
    } else if (target.kind === 'electron') {
      if (!rule.electron) violations.push(`${at}: only main and preload may import electron`);
      else if (ELECTRON_FREE[file])
        violations.push(`${at}: this file must stay electron-free (${ELECTRON_FREE[file]})`);
    } else if (target.kind === 'package') {
      if (rule.packages && !rule.packages.includes(target.name)) {
        violations.push(`${at}: ${asLayer} may import only the packages ${rule.packages.join(', ')}`);
      }
    } else if (!target.file.startsWith('src/')) {
      violations.push(`${at}: source files may not import from outside src/`);
    } else if (!target.layer) {
      violations.push(`${at}: the target is not in any layer of tests/layers/table.ts`);
    } else if (ELECTRON_FREE[file] && LAYERS[target.layer].electron && !isElectronFree(target.file)) {
      violations.push(`${at}: an electron-free file may import from ${target.layer} only other electron-free files`);
    } else if (target.layer !== asLayer && !rule.imports.includes(target.layer)) {
      const exception = as ? undefined : findException(file, target);
      if (exception && (!exception.typeOnly || ref.typeOnly)) used.push(exception);
      else {
        const allowed = rule.imports.length ? rule.imports.join(', ') : 'no other layer';
        const hint = exception ? ' (its exception allows `import type` only)' : '';
        violations.push(`${at} (${target.layer}): ${asLayer} may import only ${allowed}${hint}`);
      }
    }
  }
  return { violations, used };
}
