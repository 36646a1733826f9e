/**
 * The renderer's bytes: the build as configured (electron.vite.config.ts → out/renderer) and, beside it, the old
 * shape (one unminified script, no code splitting) built from the same sources into a temporary folder.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { round } from './util';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const RENDERER_OUT = path.join(ROOT, 'out', 'renderer');

export interface Bytes {
  files: number;
  raw: number;
  gzip: number;
}

function measure(dir: string, files: string[]): Bytes {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const body = fs.readFileSync(path.join(dir, f));
    raw += body.length;
    gzip += gzipSync(body).length; // zlib's default level 6, what an HTTP server would send
  }
  return { files: files.length, raw, gzip };
}

/** Sizes of a built renderer: all JS, the entry script, what index.html loads up front, and the editor chunk. */
export function rendererSizes(dir: string) {
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\.\/([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error(`no module script in ${dir}/index.html`);
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\.\/([^"]+)"/g)].map((m) => m[1]);
  const assets = fs.readdirSync(path.join(dir, 'assets')).map((f) => `assets/${f}`);
  const js = assets.filter((f) => f.endsWith('.js'));
  const editor = js.filter((f) => /^assets\/editor-/.test(f));
  const all = measure(dir, js);
  const editorBytes = measure(dir, editor);
  return {
    js: all,
    css: measure(
      dir,
      assets.filter((f) => f.endsWith('.css')),
    ),
    entry: { file: entry, ...measure(dir, [entry]) },
    // The entry and the chunks it imports statically (index.html preloads exactly those): fetched before first paint.
    initialJs: measure(dir, [entry, ...preloads]),
    editorChunk: { ...editorBytes, shareOfJs: round(editorBytes.raw / all.raw, 3) },
  };
}

const run = promisify(execFile);

/** `electron-vite build` as `npm run build` does it: the renderer lands in out/renderer. */
export async function buildAsConfigured(): Promise<void> {
  await run(path.join(ROOT, 'node_modules', '.bin', 'electron-vite'), ['build'], { cwd: ROOT, maxBuffer: 64 << 20 });
}

/** The renderer as it shipped before: the same sources in one unminified script (dynamic imports inlined). */
export async function buildSingleBundle(outDir: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'silent',
    root: path.join(ROOT, 'src', 'renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      modulePreload: { polyfill: false },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
}
