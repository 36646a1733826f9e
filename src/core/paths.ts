import os from 'node:os';
import path from 'node:path';

/** The OS app-data folder the desktop app uses (Electron's userData for productName "UnionDesk") + /data. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = os.homedir();
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
