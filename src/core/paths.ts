import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The OS app-data folder the desktop app uses (Electron's userData for productName "UnionDesk") + /data. */
export function defaultDataDir(
  env: Readonly<Record<string, string | undefined>> = process.env,
  platform: NodeJS.Platform = process.platform,
  home = os.homedir(),
): string {
  let appData: string;
  if (platform === 'win32') appData = env.APPDATA ?? path.join(home, 'AppData', 'Roaming');
  else if (platform === 'darwin') appData = path.join(home, 'Library', 'Application Support');
  else appData = env.XDG_CONFIG_HOME ?? path.join(home, '.config');
  return path.join(appData, 'UnionDesk', 'data');
}

export interface DataPaths {
  root: string;
  vaultFile: string;
  dbFile: string;
  backupsDir: string;
  logsDir: string;
}

export function dataPaths(root: string): DataPaths {
  return {
    root,
    vaultFile: path.join(root, 'vault.json'),
    dbFile: path.join(root, 'uniondesk.db'),
    backupsDir: path.join(root, 'backups'),
    logsDir: path.join(root, 'logs'),
  };
}

/**
 * The folder holding fonts/ and templates/. In development and tests it is the repo's resources/; the packaged
 * Electron app passes its own through UNIONDESK_RESOURCES.
 */
export function resourcesDir(): string {
  if (process.env.UNIONDESK_RESOURCES) return process.env.UNIONDESK_RESOURCES;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (fs.existsSync(path.join(dir, 'resources', 'fonts'))) return path.join(dir, 'resources');
    dir = path.dirname(dir);
  }
  throw new Error('resources/ not found; set UNIONDESK_RESOURCES');
}
