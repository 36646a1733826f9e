/**
 * The wire-serving loop: turns WireRequests from any number of connections (Electron MessagePorts, WebSockets)
 * into `core.invoke` calls, answers each with a WireResponse, and broadcasts every core event to every connection.
 * Plain Node (no `electron`): used by Electron's core process and by the web host.
 */
import type { RawApi, WireEvent, WireRequest, WireResponse } from '../shared/api';
import { events } from '../shared/contract';
import type { AppErrorShape, InvokeResult } from '../shared/errors';

/** One peer. `send` receives plain objects; the transport decides how to encode them. */
export interface WireConnection {
  send(msg: WireResponse | WireEvent): void;
}

export interface WireSession {
  /** Handles one incoming message: a WireRequest object or its JSON text. Never throws. */
  handle(raw: unknown): Promise<void>;
  /** Stops sending to this connection (responses still in flight are dropped). */
  detach(): void;
}

export interface WireServer {
  attach(conn: WireConnection): WireSession;
  /** Number of attached connections. */
  readonly size: number;
  /** Detaches every connection and unsubscribes from core events. */
  close(): void;
}

export interface WireServerOptions {
  /** Largest accepted text message in characters (default 10 MB). */
  maxMessageChars?: number;
  /** Event names to forward (default: every event of the contract). */
  eventNames?: readonly string[];
  /** Called when a handler throws or a send fails (default: nothing). */
  onError?: (err: unknown) => void;
}

export const MALFORMED_ID = -1;
export const DEFAULT_MAX_MESSAGE_CHARS = 10 * 1024 * 1024;

function errorResult(code: AppErrorShape['code'], message: string, details?: unknown): InvokeResult<unknown> {
  return { ok: false, error: { code, message, ...(details === undefined ? {} : { details }) } };
}

const malformed = (why: string) =>
  errorResult('VALIDATION', 'Thông điệp gửi tới lõi không hợp lệ (malformed request).', { reason: why });

/** Parses and checks one incoming message. Returns the request, or the id to answer and the reason it is refused. */
export function parseWireRequest(
  raw: unknown,
  maxChars = DEFAULT_MAX_MESSAGE_CHARS,
): { ok: true; request: WireRequest } | { ok: false; id: number; reason: string } {
  let msg: unknown = raw;
  if (typeof raw === 'string') {
    if (raw.length > maxChars) return { ok: false, id: MALFORMED_ID, reason: 'too-large' };
    try {
      msg = JSON.parse(raw);
    } catch {
      return { ok: false, id: MALFORMED_ID, reason: 'invalid-json' };
    }
  }
  if (typeof msg !== 'object' || msg === null || Array.isArray(msg)) {
    return { ok: false, id: MALFORMED_ID, reason: 'not-an-object' };
  }
  const m = msg as Record<string, unknown>;
  const id = typeof m.id === 'number' && Number.isSafeInteger(m.id) ? m.id : MALFORMED_ID;
  if (m.type !== 'invoke') return { ok: false, id, reason: 'not-invoke' };
  if (id === MALFORMED_ID) return { ok: false, id, reason: 'bad-id' };
  if (typeof m.name !== 'string' || m.name.length === 0 || m.name.length > 200) {
    return { ok: false, id, reason: 'bad-name' };
  }
  return { ok: true, request: { type: 'invoke', id, name: m.name, input: m.input === undefined ? {} : m.input } };
}

function isInvokeResult(v: unknown): v is InvokeResult<unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as { ok?: unknown; error?: unknown };
  return r.ok === true || (r.ok === false && typeof r.error === 'object' && r.error !== null);
}

export function createWireServer(core: RawApi, opts: WireServerOptions = {}): WireServer {
  const maxChars = opts.maxMessageChars ?? DEFAULT_MAX_MESSAGE_CHARS;
  const onError = opts.onError ?? (() => {});
  const conns = new Set<WireConnection>();

  const safeSend = (conn: WireConnection, msg: WireResponse | WireEvent) => {
    if (!conns.has(conn)) return;
    try {
      conn.send(msg);
    } catch (err) {
      onError(err);
      if (msg.type === 'result') {
        // The result itself could not be encoded (e.g. not serialisable): still answer the caller.
        try {
          conn.send({
            type: 'result',
            id: msg.id,
            result: errorResult('INTERNAL', 'Không gửi được kết quả về giao diện.'),
          });
        } catch (err2) {
          onError(err2);
        }
      }
    }
  };

  const unsubscribers = (opts.eventNames ?? Object.keys(events)).map((name) =>
    core.onEvent(name, (payload) => {
      const msg: WireEvent = { type: 'event', name, payload };
      for (const conn of conns) safeSend(conn, msg);
    }),
  );

  return {
    attach(conn) {
      conns.add(conn);
      return {
        async handle(raw) {
          const parsed = parseWireRequest(raw, maxChars);
          if (!parsed.ok) {
            safeSend(conn, { type: 'result', id: parsed.id, result: malformed(parsed.reason) });
            return;
          }
          const { id, name, input } = parsed.request;
          let result: InvokeResult<unknown>;
          try {
            const r = await core.invoke(name, input);
            result = isInvokeResult(r) ? r : errorResult('INTERNAL', 'Lõi trả về kết quả không hợp lệ.');
          } catch (err) {
            onError(err);
            result = errorResult('INTERNAL', 'Lỗi nội bộ khi xử lý yêu cầu.');
          }
          safeSend(conn, { type: 'result', id, result });
        },
        detach() {
          conns.delete(conn);
        },
      };
    },
    get size() {
      return conns.size;
    },
    close() {
      conns.clear();
      for (const off of unsubscribers) {
        try {
          off();
        } catch (err) {
          onError(err);
        }
      }
    },
  };
}
