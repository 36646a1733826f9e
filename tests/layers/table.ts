/**
 * The one table of which layer may import which. A layer is a folder directly under `src/`; `tests/layers.test.ts`
 * checks every source file's imports against this table. To add a layer (e.g. `src/server/`) or an edge, change it
 * here, with the reason in a comment: the table is the architecture, the test only enforces it.
 */

export type Layer = 'shared' | 'core' | 'host' | 'main' | 'preload' | 'renderer' | 'cli' | 'web' | 'server';

export interface LayerRule {
  /** Other layers this one may import from (its own files are always allowed). */
  imports: readonly Layer[];
  /** May import Node builtins (`node:fs`, `fs`, …). Off where the code runs in a page or anywhere at all. */
  node: boolean;
  /** May import `electron`. Only the Electron main process and the preload. */
  electron: boolean;
  /** Runs in a page: type-checked with the DOM library (its tsconfig must match, see tests/layers.test.ts). */
  dom: boolean;
  /** When set, the only npm packages it may import (besides Node builtins/electron as allowed above). */
  packages?: readonly string[];
}

export const LAYERS: Readonly<Record<Layer, LayerRule>> = {
  // Pure TypeScript that runs everywhere (renderer, core, CLI, later the server): the contract and text helpers.
  shared: { imports: [], node: false, electron: false, dom: false, packages: ['zod'] },
  // The core: plain Node, no window, no Electron. It knows only the contract.
  core: { imports: ['shared'], node: true, electron: false, dom: false },
  // What the Electron window and the web host share (wire loop, static serving). It is handed a RawApi, so it
  // does not need the core itself.
  host: { imports: ['shared'], node: true, electron: false, dom: false },
  // Electron main: windows, protocol, guards. It starts the core in a utility process (see the exceptions).
  main: { imports: ['shared', 'host'], node: true, electron: true, dom: false },
  // The sandboxed preload: one CommonJS file that can only require `electron`.
  preload: { imports: ['shared'], node: false, electron: true, dom: true },
  // The React UI: talks to the core only through the contract and a transport; never the disk or Node.
  renderer: { imports: ['shared'], node: false, electron: false, dom: true },
  // The `uniondesk` command: runs the core in-process, and can start the web host (`uniondesk web`).
  cli: { imports: ['shared', 'core', 'host', 'web'], node: true, electron: false, dom: false },
  // The local web host: the core over a WebSocket plus the renderer build.
  web: { imports: ['shared', 'core', 'host'], node: true, electron: false, dom: false },
  // The coming upper-level server: speaks the shared contract/sync format, not this PC's core.
  server: { imports: ['shared'], node: true, electron: false, dom: false },
};

/**
 * Single-file exceptions to the table. Each names the importing file, what it imports (a layer, or one file),
 * and why. `typeOnly` exceptions allow only `import type` / `export type`. An exception to one file ("borrowing")
 * also makes that file obey the borrower's rules, since it is bundled into the borrower. An exception that no
 * import uses any more fails the test, so this list cannot rot.
 */
export interface LayerException {
  from: string;
  to: Layer | `src/${string}`;
  typeOnly?: boolean;
  why: string;
}

export const EXCEPTIONS: readonly LayerException[] = [
  {
    from: 'src/main/core-process.ts',
    to: 'core',
    why: 'the entry of the core utility process (out/main/core.js): it is where the core runs under Electron',
  },
  {
    from: 'src/main/keystore-protocol.ts',
    to: 'core',
    typeOnly: true,
    why: 'main serves the KeyStore interface the core declares (safeStorage behind a message protocol)',
  },
  {
    from: 'src/preload/index.ts',
    to: 'src/main/policy.ts',
    why: 'the IPC channel names main and the preload agree on; policy.ts is pure and bundled into the preload',
  },
];

/**
 * Files that live in an Electron layer but must not import `electron`, with the reason. They may import, from the
 * Electron layers, only each other, so no chain of imports reaches `electron` from them either.
 */
export const ELECTRON_FREE: Readonly<Record<string, string>> = {
  'src/main/core-process.ts': 'runs in the utility process and talks to main only through process.parentPort',
  'src/main/keystore-protocol.ts': 'its client half runs in the core process',
  'src/main/policy.ts': 'bundled into the sandboxed preload, and its decisions are tested under plain Node',
  'src/main/app-protocol.ts': 'the app:// decisions are tested under plain Node',
};
