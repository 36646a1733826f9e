import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RawApi } from '../../src/shared/api';
import { createTransport } from '../../src/renderer/transport';
import { apiSocketUrl, createWebSocketTransport, type WebSocketLike } from '../../src/renderer/transport/websocket';

class FakeSocket implements WebSocketLike {
  static all: FakeSocket[] = [];
  readyState = 0;
  sent: any[] = [];
  onopen: ((ev: unknown) => void) | null = null;
  onclose: ((ev: unknown) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  constructor(public url: string) {
    FakeSocket.all.push(this);
  }
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close() {
    this.drop();
  }
  open() {
    this.readyState = 1;
    this.onopen?.({});
  }
  drop() {
    this.readyState = 3;
    this.onclose?.({});
  }
  reply(msg: unknown) {
    this.onmessage?.({ data: JSON.stringify(msg) });
  }
}

afterEach(() => {
  FakeSocket.all = [];
  vi.useRealTimers();
});

describe('transport seam', () => {
  it('builds the socket URL from the page location', () => {
    expect(apiSocketUrl({ protocol: 'http:', host: '127.0.0.1:5123' })).toBe('ws://127.0.0.1:5123/api');
    expect(apiSocketUrl({ protocol: 'https:', host: 'x.local' })).toBe('wss://x.local/api');
  });

  it('uses the Electron preload api when present', () => {
    const api: RawApi = { invoke: async () => ({ ok: true, value: 1 }), onEvent: () => () => {} };
    const t = createTransport({ api, location: { protocol: 'http:', host: 'h' } } as unknown as Window);
    expect(t.api).toBe(api);
    expect(t.connection).toBeUndefined();
  });

  it('queues requests until open, matches responses by id and dispatches events', async () => {
    const t = createWebSocketTransport({ url: 'ws://h/api', factory: (u) => new FakeSocket(u) });
    const ws = FakeSocket.all[0];
    expect(ws.url).toBe('ws://h/api');
    expect(t.connection!.state).toBe('connecting');
    const a = t.api.invoke('app.status', {});
    const b = t.api.invoke('org.get', undefined);
    expect(ws.sent).toHaveLength(0);
    ws.open();
    expect(t.connection!.state).toBe('open');
    expect(ws.sent.map((m) => [m.type, m.name])).toEqual([
      ['invoke', 'app.status'],
      ['invoke', 'org.get'],
    ]);
    expect(ws.sent[1].input).toEqual({});
    ws.reply({ type: 'result', id: ws.sent[1].id, result: { ok: true, value: 'B' } });
    ws.reply({ type: 'result', id: ws.sent[0].id, result: { ok: false, error: { code: 'LOCKED', message: 'khoá' } } });
    expect(await b).toEqual({ ok: true, value: 'B' });
    expect(await a).toEqual({ ok: false, error: { code: 'LOCKED', message: 'khoá' } });

    const seen: unknown[] = [];
    const off = t.api.onEvent('job.progress', (p) => seen.push(p));
    ws.reply({ type: 'event', name: 'job.progress', payload: { id: 'j', done: 1 } });
    ws.reply({ type: 'event', name: 'vault.locked', payload: { reason: 'user' } });
    ws.onmessage?.({ data: 'not json' });
    off();
    ws.reply({ type: 'event', name: 'job.progress', payload: { id: 'j', done: 2 } });
    expect(seen).toEqual([{ id: 'j', done: 1 }]);
    t.close();
  });

  it('fails pending requests when the socket closes, reports it, and reconnects', async () => {
    vi.useFakeTimers();
    const t = createWebSocketTransport({
      url: 'ws://h/api',
      factory: (u) => new FakeSocket(u),
      retryDelays: [100, 200],
    });
    const states: string[] = [];
    t.connection!.subscribe((s) => states.push(s));
    FakeSocket.all[0].open();
    const pending = t.api.invoke('app.status', {});
    FakeSocket.all[0].drop();
    const r = await pending;
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.details).toEqual({ transport: 'disconnected' });
    expect(t.connection!.state).toBe('closed');
    expect(FakeSocket.all).toHaveLength(1);
    vi.advanceTimersByTime(100);
    expect(FakeSocket.all).toHaveLength(2);
    FakeSocket.all[1].drop();
    vi.advanceTimersByTime(199);
    expect(FakeSocket.all).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(FakeSocket.all).toHaveLength(3);
    FakeSocket.all[2].open();
    expect(states).toEqual(['open', 'closed', 'open']);
    const again = t.api.invoke('app.status', {});
    const ws = FakeSocket.all[2];
    ws.reply({ type: 'result', id: ws.sent[0].id, result: { ok: true, value: 'ok' } });
    expect(await again).toEqual({ ok: true, value: 'ok' });
    t.close();
    expect((await t.api.invoke('app.status', {})).ok).toBe(false);
  });
});
