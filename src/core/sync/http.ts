/**
 * The client side of the wire protocol (src/shared/sync-protocol.ts) over Node's fetch. Every answer is parsed with
 * the protocol's zod schemas; every failure becomes an AppError the user can act on:
 * - the server out of reach (refused, DNS, timeout, cut connection) → SYNC_UNREACHABLE (nothing is lost: the outbox
 *   stays and is sent next time);
 * - a revoked device or a used/expired code (401) → SYNC_AUTH;
 * - any other refusal (409 gap, 403 wrong device, 413, 429, 5xx…) → SYNC_REFUSED with the server's own message.
 * The token lives only here and in sync_state; it is never put in an error, a log line or a result.
 */
import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import {
  PROTOCOL_VERSION,
  errorResponse,
  gapResponse,
  goneResponse,
  pullResponse,
  pushResponse,
  registerResponse,
  snapshotResponse,
  stateResponse,
  type PushRequest,
} from '../../shared/sync-protocol';

/** One request's budget: a slow link moves 8 MB well within it; a dead one is given up on. */
export const DEFAULT_TIMEOUT_MS = 30_000;

export interface HttpOptions {
  /** The server's base URL (a path prefix allowed), without a trailing slash. */
  server: string;
  token?: string | null;
  timeoutMs?: number;
  /** Aborted when the vault locks: the request stops at once. */
  signal?: AbortSignal;
}

/** A 410 on pull: the cursor is older than the server keeps; read a snapshot. */
export class CursorCompacted extends Error {
  constructor(readonly horizon: number) {
    super('CURSOR_COMPACTED');
  }
}

export const unreachableMessage = (server: string) =>
  `Không kết nối được máy chủ ${server}. Các thay đổi vẫn được giữ trên máy này và sẽ gửi lần sau.`;

const AUTH_CODES = new Set(['DEVICE_REVOKED', 'CODE_INVALID', 'UNAUTHORIZED']);

export class SyncHttp {
  private readonly base: string;
  constructor(private readonly opts: HttpOptions) {
    this.base = opts.server.replace(/\/+$/, '');
  }

  register(code: string, deviceName: string) {
    return this.request(
      'POST',
      '/v1/register',
      registerResponse,
      JSON.stringify({ protocolVersion: PROTOCOL_VERSION, code, deviceName }),
    );
  }

  state() {
    return this.request('GET', '/v1/sync/state', stateResponse);
  }

  /** A push; the body may come serialised already (push.ts writes a batch's mutations once, ahead of time). */
  push(body: PushRequest | string) {
    return this.request('POST', '/v1/sync/push', pushResponse, typeof body === 'string' ? body : JSON.stringify(body));
  }

  pull(cursor: number, limit: number) {
    return this.request('GET', `/v1/sync/pull?cursor=${cursor}&limit=${limit}`, pullResponse);
  }

  snapshot(after: string | null, limit: number) {
    const q = `limit=${limit}${after === null ? '' : `&after=${encodeURIComponent(after)}`}`;
    return this.request('GET', `/v1/sync/snapshot?${q}`, snapshotResponse);
  }

  private async request<S extends z.ZodTypeAny>(
    method: 'GET' | 'POST',
    path: string,
    schema: S,
    /** The JSON body, serialised. */
    body?: string,
  ): Promise<z.output<S>> {
    const timeout = AbortSignal.timeout(this.opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const signal = this.opts.signal ? AbortSignal.any([this.opts.signal, timeout]) : timeout;
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.opts.token) headers.authorization = `Bearer ${this.opts.token}`;
    let res: Response;
    let text: string;
    try {
      res = await fetch(this.base + path, {
        method,
        headers,
        body,
        signal,
        redirect: 'error', // a redirect could carry the bearer token elsewhere
      });
      text = await res.text();
    } catch (err) {
      if (this.opts.signal?.aborted) throw new AppError('INTERRUPTED', 'Đồng bộ đã dừng vì kho dữ liệu được khoá.');
      throw new AppError('SYNC_UNREACHABLE', unreachableMessage(this.base), { cause: causeOf(err) });
    }
    const json = parseJson(text);
    if (res.ok) {
      const parsed = schema.safeParse(json);
      if (!parsed.success)
        throw new AppError('SYNC_REFUSED', `Máy chủ ${this.base} trả lời không đúng giao thức đồng bộ.`, {
          status: res.status,
        });
      return parsed.data as z.output<S>;
    }
    throw this.refusal(res.status, json);
  }

  private refusal(status: number, json: unknown): Error {
    if (status === 410) {
      const gone = goneResponse.safeParse(json);
      if (gone.success) return new CursorCompacted(gone.data.horizon);
    }
    const body = errorResponse.safeParse(json);
    const error = body.success ? body.data.error : `HTTP_${status}`;
    const message = body.success ? body.data.message : `Máy chủ ${this.base} từ chối yêu cầu (mã ${status}).`;
    if (status === 401 || AUTH_CODES.has(error)) return new AppError('SYNC_AUTH', message, { error, status });
    const gap = gapResponse.safeParse(json);
    const details = gap.success ? { error, status, lastMutationId: gap.data.lastMutationId } : { error, status };
    // A proxy's 502/503 page is not the server speaking: the server is out of reach, the outbox waits.
    if (!body.success && status >= 502 && status <= 504)
      return new AppError('SYNC_UNREACHABLE', unreachableMessage(this.base), { status });
    return new AppError('SYNC_REFUSED', message, details);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The network error's own code (ECONNREFUSED, ENOTFOUND, TimeoutError): never the URL's credentials or token. */
function causeOf(err: unknown): string {
  const e = err as { name?: string; cause?: { code?: string } };
  return e.cause?.code ?? e.name ?? 'ERROR';
}
