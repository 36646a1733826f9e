/** The /v1/ sync API: which handler answers which method and path, behind which checks. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pushRequest, registerRequest } from '../../shared/sync-protocol';
import type { ServerContext } from '../context';
import { pullText, pullQuery, state } from '../sync/pull';
import { push } from '../sync/push';
import { checkProtocol, register } from '../sync/register';
import { snapshot, snapshotQuery } from '../sync/snapshot';
import { authenticate, bearerHash, checkDevice } from './auth';
import { parseWith, readJson } from './body';
import { HttpError, sendJson, sendJsonText } from './errors';
import type { RateLimiter } from './rate-limit';

export interface ApiOptions {
  limiter: RateLimiter;
}

function limit(opts: ApiOptions, key: string) {
  const wait = opts.limiter.hit(key);
  if (wait !== null)
    throw new HttpError(429, 'RATE_LIMITED', `Máy gửi quá nhiều yêu cầu: hãy thử lại sau ${wait} giây.`, {
      retryAfter: wait,
    });
}

/** Answers a /v1/ request (any path under it: unknown ones are a 404 here). */
export async function handleApi(
  ctx: ServerContext,
  opts: ApiOptions,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const startedAt = performance.now();
  const route = `${req.method} ${url.pathname}`;
  if (route === 'POST /v1/register') {
    limit(opts, `ip:${req.socket.remoteAddress ?? ''}`);
    const body = await readJson(req, registerRequest);
    return sendJson(res, 200, await register(ctx, body));
  }
  const known = ['GET /v1/sync/state', 'POST /v1/sync/push', 'GET /v1/sync/pull', 'GET /v1/sync/snapshot'];
  if (!known.includes(route)) throw new HttpError(404, 'NOT_FOUND', 'Không có địa chỉ này trên máy chủ.');
  const tokenHash = bearerHash(req);
  limit(opts, `token:${tokenHash ?? req.socket.remoteAddress}`);
  const device = await authenticate(ctx, tokenHash);
  const query = Object.fromEntries(url.searchParams);
  switch (route) {
    case 'GET /v1/sync/state':
      return sendJson(res, 200, await state(ctx, device), {}, startedAt);
    case 'GET /v1/sync/pull':
      return sendJsonText(res, 200, await pullText(ctx, device, parseWith(pullQuery, query)), {}, startedAt);
    case 'GET /v1/sync/snapshot':
      return sendJson(res, 200, await snapshot(ctx, device, parseWith(snapshotQuery, query)), {}, startedAt);
    default: {
      const body = await readJson(req, pushRequest);
      checkProtocol(body.protocolVersion);
      checkDevice(device, body.deviceId);
      const started = Date.now();
      const result = await push(ctx, device, body);
      ctx.log('push', {
        org: device.org_id,
        device: device.id,
        mutations: body.mutations.length,
        accepted: result.accepted,
        rejected: result.rejected.length,
        ms: Date.now() - started,
      });
      return sendJson(res, 200, result, {}, startedAt);
    }
  }
}
