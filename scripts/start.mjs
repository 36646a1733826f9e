#!/usr/bin/env node
/**
 * `npm start`: build and launch the UnionDesk desktop app with Electron.
 *
 * Electron ≥ 42 downloads its binary the first time Node `require`s `electron`; where that cannot happen (no
 * network, as on our build machines) we must not trigger it. So we locate the package by its package.json,
 * read `path.txt` ourselves and check the binary exists, and if not, say so clearly and point to `npm run web`.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const nodeRequire = createRequire(path.join(root, 'package.json'));

/** The Electron executable, or null when it is not installed. Never loads `electron/index.js`. */
export function findElectronBinary(env = process.env) {
  let pkgDir;
  try {
    pkgDir = path.dirname(nodeRequire.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(pkgDir, 'path.txt');
  const rel = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const p = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, rel || 'electron');
    return existsSync(p) ? p : null;
  }
  if (!rel) return null;
  const bin = path.join(pkgDir, 'dist', rel);
  return existsSync(bin) ? bin : null;
}

function run(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
    child.on('error', (err) => {
      console.error(err.message);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main() {
  const electron = findElectronBinary();
  if (!electron) {
    console.error(
      [
        'Không tìm thấy tệp chạy Electron trên máy này (gói `electron` chưa tải được bản chạy của nó, thường do không có mạng).',
        'Dùng `npm run web` để mở UnionDesk trong trình duyệt: cùng giao diện, cùng dữ liệu.',
        '',
        'The Electron binary was not found on this machine (the `electron` package could not download it).',
        'Use `npm run web` to open UnionDesk in your browser instead.',
      ].join('\n'),
    );
    process.exit(1);
  }

  const evCli = path.join(path.dirname(nodeRequire.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  const buildCode = existsSync(evCli)
    ? await run(process.execPath, [evCli, 'build'])
    : await run(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron-vite', 'build'], {
        shell: process.platform === 'win32',
      });
  if (buildCode !== 0) process.exit(buildCode);

  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const code = await run(electron, [root, ...process.argv.slice(2)], { env });
  process.exit(code);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
