/**
 * `server.json` in the data dir: which database the server uses. The embedded SQLite file by default; PostgreSQL
 * when `init` got `--database-url` (kept in the file, mode 0600) or `DATABASE_URL` (then read from the environment
 * at every start, so the password need not sit in a file).
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const CONFIG_FILE = 'server.json';
export const SQLITE_FILE = 'server.sqlite';

const serverConfig = z.object({
  database: z.discriminatedUnion('client', [
    z.object({ client: z.literal('sqlite'), file: z.string() }),
    z.object({ client: z.literal('pg'), url: z.string().nullable() }),
  ]),
});
export type ServerConfig = z.infer<typeof serverConfig>;

export class ConfigError extends Error {}

export function configFor(databaseUrl: string | undefined, fromEnv: boolean): ServerConfig {
  if (!databaseUrl) return { database: { client: 'sqlite', file: SQLITE_FILE } };
  if (!/^postgres(ql)?:\/\//.test(databaseUrl))
    throw new ConfigError('Địa chỉ cơ sở dữ liệu phải bắt đầu bằng postgres:// hoặc postgresql://.');
  return { database: { client: 'pg', url: fromEnv ? null : databaseUrl } };
}

export function writeConfig(dataDir: string, config: ServerConfig): void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, CONFIG_FILE);
  fs.writeFileSync(file, JSON.stringify(config, null, 2) + '\n', { mode: 0o600 });
}

export function readConfig(dataDir: string): ServerConfig {
  const file = path.join(dataDir, CONFIG_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new ConfigError(`Thư mục dữ liệu ${dataDir} chưa được khởi tạo: chạy "uniondesk-server init" trước.`);
  }
  const parsed = serverConfig.safeParse(JSON.parse(text));
  if (!parsed.success) throw new ConfigError(`Tệp ${file} không hợp lệ.`);
  return parsed.data;
}

/** The PostgreSQL URL to connect with: the file's, else DATABASE_URL. */
export function pgUrl(config: ServerConfig): string {
  if (config.database.client !== 'pg') throw new ConfigError('Không phải PostgreSQL.');
  const url = config.database.url ?? process.env.DATABASE_URL;
  if (!url) throw new ConfigError('Máy chủ dùng PostgreSQL nhưng biến môi trường DATABASE_URL chưa được đặt.');
  return url;
}
