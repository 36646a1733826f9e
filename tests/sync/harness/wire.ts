/**
 * The protocol spoken by hand (src/shared/sync-protocol.ts), for what a UnionDesk client would never send on its
 * own (another CĐCS's row ids, a gap) and to read the server's view of a CĐCS: a "witness" device registers with a
 * one-time code like any PC, then reads the snapshot page by page. Every answer is parsed with the shared schemas.
 */
import {
  PROTOCOL_VERSION,
  errorResponse,
  pullResponse,
  pushResponse,
  registerResponse,
  snapshotResponse,
  stateResponse,
  type Mutation,
} from '../../../src/shared/sync-protocol';
import { canonicalRow, type ServerState } from './compare';

export interface WireAnswer {
  status: number;
  body: unknown;
}

async function http(url: string, init: RequestInit): Promise<WireAnswer> {
  const res = await fetch(url, init);
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: the test shows the text.
  }
  return { status: res.status, body };
}

export class WireDevice {
  private constructor(
    readonly server: string,
    readonly deviceId: string,
    private readonly token: string,
    readonly orgId: string,
  ) {}

  static async register(server: string, code: string, deviceName = 'Máy kiểm chứng'): Promise<WireDevice> {
    const a = await http(`${server}/v1/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ protocolVersion: PROTOCOL_VERSION, code, deviceName }),
    });
    if (a.status !== 200) throw new Error(`register → ${a.status} ${JSON.stringify(a.body)}`);
    const r = registerResponse.parse(a.body);
    return new WireDevice(server, r.deviceId, r.token, r.org.id);
  }

  private get auth() {
    return { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' };
  }

  /** A push of raw mutations; the answer unparsed (tests look at 200 bodies and refusals alike). */
  push(mutations: Mutation[], schemaVersion = 18, baseCursor = 0): Promise<WireAnswer> {
    const body = { protocolVersion: PROTOCOL_VERSION, schemaVersion, deviceId: this.deviceId, baseCursor, mutations };
    return http(`${this.server}/v1/sync/push`, { method: 'POST', headers: this.auth, body: JSON.stringify(body) });
  }

  async pushOk(mutations: Mutation[]) {
    const a = await this.push(mutations);
    if (a.status !== 200) throw new Error(`push → ${a.status} ${JSON.stringify(a.body)}`);
    return pushResponse.parse(a.body);
  }

  async state() {
    const a = await http(`${this.server}/v1/sync/state`, { headers: this.auth });
    if (a.status !== 200) throw new Error(`state → ${a.status} ${JSON.stringify(a.body)}`);
    return stateResponse.parse(a.body);
  }

  async pullAll(cursor = 0) {
    const changes = [];
    for (;;) {
      const a = await http(`${this.server}/v1/sync/pull?cursor=${cursor}&limit=5000`, { headers: this.auth });
      if (a.status !== 200) throw new Error(`pull → ${a.status} ${JSON.stringify(a.body)}`);
      const page = pullResponse.parse(a.body);
      changes.push(...page.changes);
      cursor = page.nextCursor;
      if (!page.hasMore) return { changes, cursor };
    }
  }

  /** The CĐCS as the server holds it: every row of the snapshot (tombstones included), canonical columns. */
  async snapshot(): Promise<ServerState> {
    const state: ServerState = {};
    let after: string | null = '';
    while (after !== null) {
      const q: string = after ? `?after=${encodeURIComponent(after)}&limit=5000` : '?limit=5000';
      const a = await http(`${this.server}/v1/sync/snapshot${q}`, { headers: this.auth });
      if (a.status !== 200) throw new Error(`snapshot → ${a.status} ${JSON.stringify(a.body)}`);
      const page = snapshotResponse.parse(a.body);
      for (const row of page.rows) (state[row.entity] ??= {})[row.id] = canonicalRow({ id: row.id, ...row.fields });
      after = page.next;
    }
    return state;
  }
}

/** The `error` and `message` of a refusal (a non-2xx answer), parsed with the shared schema. */
export function refusal(a: WireAnswer): { error: string; message: string } {
  return errorResponse.parse(a.body);
}
