/**
 * A RawApi over a WebSocket to the local web host (`/api`). The page presents the host's token (token.ts) as a
 * subprotocol of the upgrade request; no cookie is involved.
 * Requests are matched to responses by id; events go to listeners. When the socket closes, pending requests
 * fail with a "disconnected" error and the transport reconnects with a growing delay.
 */
import type { RawApi, WireMessage, WireRequest } from '../../shared/api';
import type { InvokeResult } from '../../shared/errors';
import { DISCONNECTED_DETAILS, type ConnectionState, type Transport } from './types';

export interface WebSocketLike {
  readyState: number;
  onopen: ((ev: unknown) => void) | null;
  onclose: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  send(data: string): void;
  close(): void;
}
export type WebSocketFactory = (url: string, protocols?: string[]) => WebSocketLike;

export interface WebSocketTransportOptions {
  url: string;
  /** Subprotocols offered on every (re)connect: the web host's token goes here. */
  protocols?: string[];
  factory?: WebSocketFactory;
  /** Delays between reconnect attempts, in ms; the last one repeats. */
  retryDelays?: number[];
}

const OPEN = 1;

export function apiSocketUrl(loc: Pick<Location, 'protocol' | 'host'>): string {
  return `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}/api`;
}

export function disconnectedResult(): InvokeResult<never> {
  return {
    ok: false,
    error: { code: 'INTERNAL', message: 'Mất kết nối với lõi ứng dụng', details: { ...DISCONNECTED_DETAILS } },
  };
}

export function createWebSocketTransport(opts: WebSocketTransportOptions): Transport & { close(): void } {
  const factory: WebSocketFactory =
    opts.factory ?? ((url, protocols) => new WebSocket(url, protocols) as unknown as WebSocketLike);
  const delays = opts.retryDelays ?? [300, 1000, 2000, 5000];
  const pending = new Map<number, (r: InvokeResult<unknown>) => void>();
  const queue: WireRequest[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const stateListeners = new Set<(s: ConnectionState) => void>();
  let state: ConnectionState = 'connecting';
  let socket: WebSocketLike | null = null;
  let nextId = 1;
  let attempt = 0;
  let closed = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  function setState(s: ConnectionState) {
    if (s === state) return;
    state = s;
    for (const cb of stateListeners) cb(s);
  }

  function failAll() {
    const waiting = [...pending.values()];
    pending.clear();
    queue.length = 0;
    for (const resolve of waiting) resolve(disconnectedResult());
  }

  function onMessage(data: unknown) {
    let msg: WireMessage;
    try {
      msg = JSON.parse(String(data)) as WireMessage;
    } catch {
      return;
    }
    if (msg.type === 'result') {
      const resolve = pending.get(msg.id);
      if (resolve) {
        pending.delete(msg.id);
        resolve(msg.result);
      }
    } else if (msg.type === 'event') {
      for (const cb of listeners.get(msg.name) ?? []) {
        try {
          cb(msg.payload);
        } catch (err) {
          console.error(err);
        }
      }
    }
  }

  function connect() {
    if (closed) return;
    timer = null;
    let ws: WebSocketLike;
    try {
      ws = factory(opts.url, opts.protocols);
    } catch {
      scheduleReconnect();
      return;
    }
    socket = ws;
    ws.onopen = () => {
      attempt = 0;
      setState('open');
      const waiting = queue.splice(0);
      for (const req of waiting) ws.send(JSON.stringify(req));
    };
    ws.onmessage = (ev) => onMessage(ev.data);
    ws.onerror = () => {
      /* a close event follows */
    };
    ws.onclose = () => {
      if (socket !== ws) return;
      socket = null;
      failAll();
      if (closed) return;
      setState('closed');
      scheduleReconnect();
    };
  }

  function scheduleReconnect() {
    if (closed || timer) return;
    const delay = delays[Math.min(attempt, delays.length - 1)];
    attempt++;
    timer = setTimeout(connect, delay);
  }

  const api: RawApi = {
    invoke(name, input) {
      return new Promise((resolve) => {
        const req: WireRequest = { type: 'invoke', id: nextId++, name, input: input ?? {} };
        if (closed) return resolve(disconnectedResult());
        pending.set(req.id, resolve);
        if (socket && socket.readyState === OPEN) socket.send(JSON.stringify(req));
        else queue.push(req);
      });
    },
    onEvent(name, cb) {
      let set = listeners.get(name);
      if (!set) listeners.set(name, (set = new Set()));
      set.add(cb);
      return () => {
        set.delete(cb);
      };
    },
  };

  connect();

  return {
    api,
    connection: {
      get state() {
        return state;
      },
      subscribe(cb) {
        stateListeners.add(cb);
        return () => {
          stateListeners.delete(cb);
        };
      },
    },
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      socket?.close();
      socket = null;
      failAll();
    },
  };
}
