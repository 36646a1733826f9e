/**
 * `uniondesk-server start`: migrates, listens, prints exactly the URL on stdout once it accepts connections, logs
 * one JSON line per event on stderr (never a token, a code or a password), and stops on SIGTERM/SIGINT: the
 * listener closes, in-flight requests finish (3 s at most), the database is closed.
 */
import { openContext } from '../db/open';
import { listen } from '../http/server';

export interface StartOptions {
  dataDir: string;
  port: number;
  host: string;
  cert?: string;
  key?: string;
  rateLimit: number;
}

function logLine(message: string, fields: Record<string, unknown> = {}) {
  process.stderr.write(JSON.stringify({ at: new Date().toISOString(), message, ...fields }) + '\n');
}

export async function start(opts: StartOptions): Promise<number> {
  const ctx = await openContext(opts.dataDir, logLine);
  let server;
  try {
    server = await listen(ctx, {
      port: opts.port,
      host: opts.host,
      cert: opts.cert,
      key: opts.key,
      ratePerMinute: opts.rateLimit,
    });
  } catch (err) {
    await ctx.close();
    throw err;
  }
  process.stdout.write(server.url + '\n');
  logLine('listening', { url: server.url, database: ctx.dialect });
  const running = server;
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      logLine('stopping', { signal });
      await running.close();
      await ctx.close();
      logLine('stopped');
      resolve(0);
    };
    process.once('SIGTERM', () => void stop('SIGTERM'));
    process.once('SIGINT', () => void stop('SIGINT'));
  });
}
