/**
 * The HTTP client against the real server process and against what is not one: every failure becomes the error the
 * user can act on, in Vietnamese, and never carries the token.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/shared/errors';
import { SyncHttp } from '../../../src/core/sync';
import { addOrg, makeCode, startServer, type ServerProcess } from '../../helpers/server-process';
import { hlcOf } from './vault';

let srv: ServerProcess;
let orgId: string;

beforeAll(async () => {
  srv = await startServer();
  orgId = await addOrg(srv.dataDir, 'CĐCS Thử HTTP');
}, 120_000);
afterAll(async () => {
  await srv?.stop();
});

async function failure(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected a failure');
}

/** A free port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

describe('SyncHttp', () => {
  it("registers, reads its state, and a gap in the mutation ids is a refusal with the server's reason", async () => {
    const reg = await new SyncHttp({ server: srv.url }).register(await makeCode(srv.dataDir, orgId), 'Máy thử');
    expect(reg.org.id).toBe(orgId);
    const client = new SyncHttp({ server: `${srv.url}/`, token: reg.token });
    expect((await client.state()).lastMutationId).toBe(0);
    const err = await failure(
      client.push({
        protocolVersion: 1,
        schemaVersion: 18,
        deviceId: reg.deviceId,
        baseCursor: 0,
        mutations: [{ mutationId: 5, entity: 'members', id: 'x', fields: { full_name: 'A' }, hlc: hlcOf() }],
      }),
    );
    expect(err.code).toBe('SYNC_REFUSED');
    expect(err.message).toMatch(/Thiếu thay đổi/);
    expect(err.details).toMatchObject({ error: 'MUTATION_GAP', status: 409, lastMutationId: 0 });
    expect(JSON.stringify(err.toJSON())).not.toContain(reg.token);
  }, 60_000);

  it('a used code and an unknown token are SYNC_AUTH', async () => {
    const code = await makeCode(srv.dataDir, orgId);
    await new SyncHttp({ server: srv.url }).register(code, '');
    expect((await failure(new SyncHttp({ server: srv.url }).register(code, ''))).code).toBe('SYNC_AUTH');
    const bogus = new SyncHttp({ server: srv.url, token: 'not-a-token-of-this-server' });
    expect((await failure(bogus.state())).code).toBe('SYNC_AUTH');
  }, 60_000);

  it('nothing listening, a name that does not resolve, and a timeout are SYNC_UNREACHABLE in Vietnamese', async () => {
    const port = await closedPort();
    const refused = await failure(new SyncHttp({ server: `http://127.0.0.1:${port}`, token: 't0ken' }).state());
    expect(refused.code).toBe('SYNC_UNREACHABLE');
    expect(refused.message).toBe(
      `Không kết nối được máy chủ http://127.0.0.1:${port}. Các thay đổi vẫn được giữ trên máy này và sẽ gửi lần sau.`,
    );
    const dns = await failure(new SyncHttp({ server: 'http://no-such-host.invalid' }).state());
    expect(dns.code).toBe('SYNC_UNREACHABLE');
    // A server that accepts the connection and never answers.
    const silent = http.createServer(() => undefined);
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
      const slow = await failure(new SyncHttp({ server: url, timeoutMs: 300 }).state());
      expect(slow.code).toBe('SYNC_UNREACHABLE');
    } finally {
      silent.closeAllConnections();
      await new Promise((r) => silent.close(r));
    }
  }, 60_000);

  it('an answer that is not the protocol (a web page) is a refusal, not a crash', async () => {
    const page = http.createServer((_req, res) => res.end('<html>Trang đăng nhập Wi-Fi</html>'));
    await new Promise<void>((r) => page.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(page.address() as AddressInfo).port}`;
      const err = await failure(new SyncHttp({ server: url, token: 'abc' }).state());
      expect(err.code).toBe('SYNC_REFUSED');
      expect(err.message).toMatch(/không đúng giao thức/);
    } finally {
      await new Promise((r) => page.close(r));
    }
  }, 60_000);
});
