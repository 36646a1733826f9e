/** The wire-serving loop shared by the core process and the web host, against a fake core. */
import { describe, expect, it } from 'vitest';
import type { RawApi, WireEvent, WireResponse } from '../../src/shared/api';
import { events } from '../../src/shared/contract';
import type { InvokeResult } from '../../src/shared/errors';
import { MALFORMED_ID, createWireServer, parseWireRequest } from '../../src/host/wire';

function fakeCore() {
  const subs = new Map<string, Set<(p: unknown) => void>>();
  const calls: { name: string; input: unknown }[] = [];
  const core: RawApi = {
    async invoke(name, input): Promise<InvokeResult<unknown>> {
      calls.push({ name, input });
      if (name === 'boom') throw new Error('secret stack detail');
      if (name === 'weird') return 'not a result' as unknown as InvokeResult<unknown>;
      if (name === 'slow') await new Promise((r) => setTimeout(r, 20));
      if (name === 'echo') return { ok: true, value: input };
      return { ok: false, error: { code: 'UNKNOWN_COMMAND', message: `Lệnh không tồn tại: ${name}` } };
    },
    onEvent(name, cb) {
      let s = subs.get(name);
      if (!s) subs.set(name, (s = new Set()));
      s.add(cb);
      return () => s.delete(cb);
    },
  };
  const emit = (name: string, payload: unknown) => subs.get(name)?.forEach((cb) => cb(payload));
  return { core, calls, emit, subs };
}

function recorder() {
  const got: (WireResponse | WireEvent)[] = [];
  return { got, conn: { send: (m: WireResponse | WireEvent) => void got.push(m) } };
}

describe('parseWireRequest', () => {
  it('accepts objects and JSON text', () => {
    expect(parseWireRequest({ type: 'invoke', id: 1, name: 'app.status', input: {} })).toEqual({
      ok: true,
      request: { type: 'invoke', id: 1, name: 'app.status', input: {} },
    });
    expect(parseWireRequest('{"type":"invoke","id":2,"name":"x"}')).toMatchObject({
      ok: true,
      request: { id: 2, input: {} },
    });
  });
  it('refuses malformed messages, keeping the id when it can', () => {
    expect(parseWireRequest('{oops')).toEqual({ ok: false, id: MALFORMED_ID, reason: 'invalid-json' });
    expect(parseWireRequest(null)).toMatchObject({ ok: false, reason: 'not-an-object' });
    expect(parseWireRequest([1])).toMatchObject({ ok: false, reason: 'not-an-object' });
    expect(parseWireRequest({ type: 'result', id: 3 })).toEqual({ ok: false, id: 3, reason: 'not-invoke' });
    expect(parseWireRequest({ type: 'invoke', id: 4 })).toEqual({ ok: false, id: 4, reason: 'bad-name' });
    expect(parseWireRequest({ type: 'invoke', id: 'x', name: 'a' })).toMatchObject({
      ok: false,
      id: MALFORMED_ID,
      reason: 'bad-id',
    });
    expect(parseWireRequest('x'.repeat(100), 10)).toMatchObject({ ok: false, reason: 'too-large' });
  });
});

describe('createWireServer', () => {
  it('answers each request with its id, in any order', async () => {
    const { core } = fakeCore();
    const wire = createWireServer(core, { eventNames: [] });
    const { got, conn } = recorder();
    const s = wire.attach(conn);
    await Promise.all([
      s.handle({ type: 'invoke', id: 1, name: 'slow', input: {} }),
      s.handle(JSON.stringify({ type: 'invoke', id: 2, name: 'echo', input: { a: 'Đức' } })),
    ]);
    expect(got).toEqual([
      { type: 'result', id: 2, result: { ok: true, value: { a: 'Đức' } } },
      {
        type: 'result',
        id: 1,
        result: { ok: false, error: { code: 'UNKNOWN_COMMAND', message: 'Lệnh không tồn tại: slow' } },
      },
    ]);
  });

  it('turns throws and bad results into INTERNAL errors without leaking details', async () => {
    const { core } = fakeCore();
    const errors: unknown[] = [];
    const wire = createWireServer(core, { eventNames: [], onError: (e) => errors.push(e) });
    const { got, conn } = recorder();
    const s = wire.attach(conn);
    await s.handle({ type: 'invoke', id: 1, name: 'boom', input: {} });
    await s.handle({ type: 'invoke', id: 2, name: 'weird', input: {} });
    expect(got.map((m) => (m as WireResponse).result)).toEqual([
      { ok: false, error: { code: 'INTERNAL', message: expect.any(String) } },
      { ok: false, error: { code: 'INTERNAL', message: expect.any(String) } },
    ]);
    expect(JSON.stringify(got)).not.toContain('secret stack detail');
    expect(errors).toHaveLength(1);
  });

  it('answers malformed messages with a VALIDATION error and keeps going', async () => {
    const { core, calls } = fakeCore();
    const wire = createWireServer(core, { eventNames: [] });
    const { got, conn } = recorder();
    const s = wire.attach(conn);
    await s.handle('{bad json');
    await s.handle({ type: 'invoke', id: 9 });
    await s.handle(undefined);
    await s.handle({ type: 'invoke', id: 10, name: 'echo', input: 1 });
    expect(got).toMatchObject([
      { type: 'result', id: MALFORMED_ID, result: { ok: false, error: { code: 'VALIDATION' } } },
      { type: 'result', id: 9, result: { ok: false, error: { code: 'VALIDATION' } } },
      { type: 'result', id: MALFORMED_ID, result: { ok: false, error: { code: 'VALIDATION' } } },
      { type: 'result', id: 10, result: { ok: true, value: 1 } },
    ]);
    expect(calls).toHaveLength(1);
  });

  it('still answers when the result cannot be sent', async () => {
    const { core } = fakeCore();
    const wire = createWireServer(core, { eventNames: [] });
    const got: unknown[] = [];
    let first = true;
    const s = wire.attach({
      send: (m) => {
        if (first) {
          first = false;
          throw new Error('DataCloneError');
        }
        got.push(m);
      },
    });
    await s.handle({ type: 'invoke', id: 1, name: 'echo', input: {} });
    expect(got).toEqual([
      { type: 'result', id: 1, result: { ok: false, error: { code: 'INTERNAL', message: expect.any(String) } } },
    ]);
  });

  it('broadcasts events to every attached connection, not to detached ones', async () => {
    const { core, emit, subs } = fakeCore();
    const wire = createWireServer(core);
    // Subscribed to every event of the contract.
    expect([...subs.keys()].sort()).toEqual(Object.keys(events).sort());
    expect([...subs.keys()]).toContain('vault.locked');
    const a = recorder();
    const b = recorder();
    const sa = wire.attach(a.conn);
    wire.attach(b.conn);
    expect(wire.size).toBe(2);
    emit('vault.locked', { reason: 'user' });
    sa.detach();
    emit('job.progress', { id: 'j', kind: 'backup', state: 'done', done: 1, total: 1 });
    expect(a.got).toEqual([{ type: 'event', name: 'vault.locked', payload: { reason: 'user' } }]);
    expect(b.got.map((m) => (m as WireEvent).name)).toEqual(['vault.locked', 'job.progress']);
    // A result for a detached connection is dropped.
    await sa.handle({ type: 'invoke', id: 1, name: 'echo', input: {} });
    expect(a.got).toHaveLength(1);
  });

  it('a throwing connection does not stop the broadcast; close() unsubscribes', () => {
    const { core, emit, subs } = fakeCore();
    const wire = createWireServer(core);
    wire.attach({
      send: () => {
        throw new Error('closed');
      },
    });
    const b = recorder();
    wire.attach(b.conn);
    emit('vault.locked', { reason: 'idle' });
    expect(b.got).toHaveLength(1);
    wire.close();
    expect(wire.size).toBe(0);
    expect([...subs.values()].every((s) => s.size === 0)).toBe(true);
  });
});
