/**
 * The HTTP(S) service: /v1/ is the sync API, everything else goes to the dashboard, then 404. Errors are JSON
 * `{error, message}` with a Vietnamese message; an unexpected one is logged (no secrets) and answered 500.
 */
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { ServerContext } from '../context';
import { dashboardRoutes } from '../dashboard/routes';
import { HttpError, sendError, sendJson } from './errors';
import { RateLimiter } from './rate-limit';
import { handleApi } from './routes';

export interface ListenOptions {
  port: number;
  host: string;
  cert?: string;
  key?: string;
  /** Requests per minute per token (and per address for registration). */
  ratePerMinute: number;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export function requestHandler(ctx: ServerContext, ratePerMinute: number) {
  const opts = { limiter: new RateLimiter(ratePerMinute, () => ctx.now().getTime()) };
  const dashboard = dashboardRoutes(ctx);
  return async (req: http.IncomingMessage, res: http.ServerResponse) => {
    try {
      const url = new URL(req.url ?? '/', 'http://server');
      if (url.pathname === '/v1' || url.pathname.startsWith('/v1/')) return await handleApi(ctx, opts, req, res, url);
      if (await dashboard(req, res)) return;
      throw new HttpError(404, 'NOT_FOUND', 'Không có địa chỉ này trên máy chủ.');
    } catch (err) {
      if (res.headersSent) return void res.destroy();
      if (err instanceof HttpError) {
        if (err.status === 413) res.setHeader('connection', 'close');
        return sendError(res, err);
      }
      ctx.log('error', { method: req.method, path: (req.url ?? '').split('?')[0], error: errorSummary(err) });
      sendJson(res, 500, { error: 'SERVER_ERROR', message: 'Máy chủ gặp lỗi khi xử lý yêu cầu: hãy thử lại sau.' });
    }
  };
}

/**
 * An unexpected error for the log: a database error's message starts with the whole SQL statement and its values
 * (members' personal data), so only the driver's reason after the last " - " is kept, and briefly.
 */
export function errorSummary(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  const reason = text.includes(' - ') ? text.slice(text.lastIndexOf(' - ') + 3) : text;
  return reason.slice(0, 300);
}

export async function listen(ctx: ServerContext, opts: ListenOptions): Promise<RunningServer> {
  const handler = requestHandler(ctx, opts.ratePerMinute);
  const tls = opts.cert && opts.key;
  const server = tls
    ? https.createServer({ cert: fs.readFileSync(opts.cert!), key: fs.readFileSync(opts.key!) }, handler)
    : http.createServer(handler);
  // A slow or stuck client must not hold a connection for ever.
  server.requestTimeout = 120_000;
  server.headersTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  return {
    url: `${tls ? 'https' : 'http'}://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive connections would hold close() open; in-flight requests finish first.
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 3000).unref();
      }),
  };
}
