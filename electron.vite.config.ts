/**
 * electron-vite 6 build of the three Electron pieces:
 *   main      src/main/index.ts → out/main/index.js, src/main/core-process.ts → out/main/core.js  (ESM, deps external)
 *   preload   src/preload/index.ts → out/preload/index.cjs  (one CommonJS file: sandboxed preloads cannot be ESM)
 *   renderer  src/renderer/index.html → out/renderer
 * `npm run build` follows with `node --check` on each bundle (catches the duplicate `require` pitfall).
 */
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // Every package in "dependencies" (knex, @journeyapps/sqlcipher, zod, ws, …) stays external: native
      // modules and knex's dynamic requires cannot be bundled.
      externalizeDeps: { include: ['@journeyapps/sqlcipher', 'knex'] },
      rolldownOptions: {
        input: {
          index: resolve(root, 'src/main/index.ts'),
          core: resolve(root, 'src/main/core-process.ts'),
        },
        output: {
          format: 'es',
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
        },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // Bundle everything into the one file: a sandboxed preload can only `require('electron')`.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'src/preload/index.ts') },
        output: {
          format: 'cjs',
          entryFileNames: '[name].cjs',
          codeSplitting: false,
        },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src/renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      // electron-vite leaves the renderer unminified; minified it is less than half the size to fetch and parse.
      minify: true,
      rolldownOptions: {
        input: resolve(root, 'src/renderer/index.html'),
        // Each page is a lazy import (src/renderer/shell/pages.tsx), so each is its own chunk. These groups only
        // give the big libraries stable names; antd is split by which pages use which parts (entriesAware), so the
        // start-up chunks carry only what the unlock screen and the shell need.
        output: {
          codeSplitting: {
            groups: [
              { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 3 },
              {
                name: 'editor',
                test: /node_modules[\\/](@tiptap|prosemirror-[a-z-]+|linkifyjs|orderedmap|rope-sequence|w3c-keyname)\b/,
                priority: 2,
              },
              { name: 'zod', test: /node_modules[\\/]zod[\\/]/, priority: 2 },
              {
                name: 'antd',
                test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[a-z-]+|@babel[\\/]runtime)[\\/]/,
                entriesAware: true,
                // Parts used by the same pages stay together unless tiny: fewer, still page-shaped chunks.
                entriesAwareMergeThreshold: 20 * 1024,
                priority: 1,
              },
            ],
          },
          // entriesAware names a chunk after every page sharing it (antd~index~Wizard~…): keep the file name short.
          chunkFileNames: (chunk) => `assets/${chunk.name.split('~')[0]}-[hash].js`,
          // Every file under assets/ carries its content hash: the hosts cache those for a year (src/host/static.ts).
          entryFileNames: 'assets/[name]-[hash].js',
          assetFileNames: 'assets/[name]-[hash][extname]',
        },
      },
    },
  },
});
