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

/**
 * Answers JSON text. With `startedAt` (performance.now() when the request arrived) a Server-Timing header tells the
 * time the server spent on it: what an operator reads in the browser's network panel, and what the benchmark reads.
 */
export function sendJsonText(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
  startedAt?: number,
) {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...(startedAt === undefined ? {} : { 'server-timing': `app;dur=${(performance.now() - startedAt).toFixed(1)}` }),
    ...headers,
  });
  res.end(text);
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
  startedAt?: number,
) {
  sendJsonText(res, status, JSON.stringify(body), headers, startedAt);
}

export function sendError(res: ServerResponse, err: HttpError) {
  const headers: Record<string, string> = {};
  if (err.status === 429 && typeof err.extra.retryAfter === 'number')
    headers['retry-after'] = String(err.extra.retryAfter);
  const { retryAfter: _r, ...extra } = err.extra;
  sendJson(res, err.status, { error: err.code, message: err.message, ...extra }, headers);
}
