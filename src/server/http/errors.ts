/** An HTTP refusal with a stable code and a Vietnamese message (`errorResponse` of the protocol). */
import type { ServerResponse } from 'node:http';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

export function sendError(res: ServerResponse, err: HttpError) {
  const headers: Record<string, string> = {};
  if (err.status === 429 && typeof err.extra.retryAfter === 'number')
    headers['retry-after'] = String(err.extra.retryAfter);
  const { retryAfter: _r, ...extra } = err.extra;
  sendJson(res, err.status, { error: err.code, message: err.message, ...extra }, headers);
}
