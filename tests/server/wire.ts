/** Protocol requests built by hand (the real client lives in src/core/sync), for the server's own tests. */
import { PROTOCOL_VERSION, type Mutation } from '../../src/shared/sync-protocol';

export interface Device {
  url: string;
  deviceId: string;
  token: string;
  orgId: string;
  /** Next mutation id to use. */
  next: number;
}

export async function api(url: string, method: string, path: string, body?: unknown, token?: string) {
  const res = await fetch(url + path, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, body: json, headers: res.headers };
}

export async function register(url: string, code: string, deviceName = 'Máy thử'): Promise<Device> {
  const r = await api(url, 'POST', '/v1/register', { protocolVersion: PROTOCOL_VERSION, code, deviceName });
  if (r.status !== 200) throw new Error(`register → ${r.status} ${JSON.stringify(r.body)}`);
  return { url, deviceId: r.body.deviceId, token: r.body.token, orgId: r.body.org.id, next: 1 };
}

/** An HLC string `ms` after a fixed base time (or relative to now with `fromNow`), on node `node`. */
export function hlc(ms: number, node = 'node1', counter = 0, base = Date.parse('2026-01-01T00:00:00.000Z')): string {
  return `${new Date(base + ms).toISOString()}-${counter.toString(16).toUpperCase().padStart(4, '0')}-${node}`;
}
export const hlcFromNow = (ms: number, node = 'node1') => hlc(ms, node, 0, Date.now());

export type Change = Omit<Mutation, 'mutationId'> & { mutationId?: number };

/** Pushes `changes`, numbering those without an id from the device's counter. */
export async function push(dev: Device, changes: Change[], baseCursor = 0, deviceId = dev.deviceId) {
  const mutations = changes.map((c) => ({ ...c, mutationId: c.mutationId ?? dev.next++ }));
  return api(
    dev.url,
    'POST',
    '/v1/sync/push',
    { protocolVersion: PROTOCOL_VERSION, schemaVersion: 18, deviceId, baseCursor, mutations },
    dev.token,
  );
}

export async function pull(dev: Device, cursor: number, limit?: number) {
  return api(dev.url, 'GET', `/v1/sync/pull?cursor=${cursor}${limit ? `&limit=${limit}` : ''}`, undefined, dev.token);
}

/** Every change after `cursor`, page by page. */
export async function pullAll(dev: Device, cursor = 0, limit = 1000) {
  const changes: any[] = [];
  const conflicts: any[] = [];
  for (;;) {
    const r = await pull(dev, cursor, limit);
    if (r.status !== 200) throw new Error(`pull → ${r.status} ${JSON.stringify(r.body)}`);
    changes.push(...r.body.changes);
    conflicts.push(...r.body.conflicts);
    cursor = r.body.nextCursor;
    if (!r.body.hasMore) return { changes, conflicts, cursor };
  }
}

export async function snapshotAll(dev: Device, limit = 1000) {
  const rows: any[] = [];
  let after: string | null = null;
  let cursor = -1;
  let pages = 0;
  do {
    const q: string = `/v1/sync/snapshot?limit=${limit}${after ? `&after=${encodeURIComponent(after)}` : ''}`;
    const r = await api(dev.url, 'GET', q, undefined, dev.token);
    if (r.status !== 200) throw new Error(`snapshot → ${r.status} ${JSON.stringify(r.body)}`);
    rows.push(...r.body.rows);
    if (cursor >= 0 && r.body.cursor !== cursor) throw new Error('snapshot cursor changed between pages');
    cursor = r.body.cursor;
    after = r.body.next;
    pages++;
  } while (after);
  return { rows, cursor, pages };
}
