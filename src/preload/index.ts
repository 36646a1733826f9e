/**
 * Preload (sandboxed, built to a single CommonJS file out/preload/index.cjs).
 * Exposes exactly `window.api = { invoke(name, input), onEvent(name, cb) }` over the MessagePort that main hands
 * us (one port per page load, connected to the core process). Nothing else reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { RawApi, WireEvent, WireRequest, WireResponse } from '../shared/api';
import type { InvokeResult } from '../shared/errors';
import { PORT_CHANNEL, PORT_REQUEST_CHANNEL } from '../main/policy';

let port: MessagePort | null = null;
let nextId = 1;
const outbox: WireRequest[] = [];
const pending = new Map<number, (r: InvokeResult<unknown>) => void>();
const listeners = new Map<string, Set<(payload: unknown) => void>>();

const failure = (message: string): InvokeResult<unknown> => ({ ok: false, error: { code: 'VALIDATION', message } });

function send(msg: WireRequest): void {
  if (!port) {
    outbox.push(msg);
    return;
  }
  try {
    port.postMessage(msg);
  } catch {
    const done = pending.get(msg.id);
    pending.delete(msg.id);
    done?.(failure('Dữ liệu gửi đi không hợp lệ.'));
  }
}

function receive(data: unknown): void {
  if (typeof data !== 'object' || data === null) return;
  const m = data as WireResponse | WireEvent;
  if (m.type === 'result') {
    const done = pending.get(m.id);
    if (done) {
      pending.delete(m.id);
      done(m.result);
    }
  } else if (m.type === 'event') {
    for (const cb of listeners.get(m.name) ?? []) {
      try {
        cb(m.payload);
      } catch (err) {
        console.error(err);
      }
    }
  }
}

ipcRenderer.on(PORT_CHANNEL, (event) => {
  const p = event.ports?.[0];
  if (!p) return;
  port?.close();
  port = p;
  p.onmessage = (e: MessageEvent) => receive(e.data);
  for (const msg of outbox.splice(0)) send(msg);
});
ipcRenderer.send(PORT_REQUEST_CHANNEL);

const api: RawApi = {
  invoke(name, input) {
    if (typeof name !== 'string') return Promise.resolve(failure('Tên lệnh không hợp lệ.'));
    return new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      send({ type: 'invoke', id, name, input: input === undefined ? {} : input });
    });
  },
  onEvent(name, cb) {
    if (typeof name !== 'string' || typeof cb !== 'function') return () => {};
    let set = listeners.get(name);
    if (!set) listeners.set(name, (set = new Set()));
    set.add(cb);
    return () => {
      set.delete(cb);
    };
  },
};

contextBridge.exposeInMainWorld('api', api);
