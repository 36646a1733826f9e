/**
 * The protocol suite, run against the real `uniondesk-server` process over HTTP, once on the embedded SQLite file
 * and once on PostgreSQL (protocol.sqlite.test.ts, protocol.pg.test.ts). Each test uses its own CĐCS, so they
 * share one server process and stay independent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addOrg, makeCode, runServerCli, serverJson, startServer, type ServerProcess } from '../helpers/server-process';
import { limitCases } from './limit-cases';
import { mergeCases } from './merge-cases';
import { api, hlc, push, pull, pullAll, register, type Device } from './wire';

export interface SuiteEnv {
  srv: ServerProcess;
  /** A new CĐCS and a device registered to it. */
  newDevice(orgId?: string): Promise<Device>;
  /** Secrets handed out during the run: none may appear in the server's log. */
  secrets: string[];
}

export function defineProtocolSuite(
  label: string,
  databaseUrl: () => Promise<string | undefined>,
  more?: (env: () => SuiteEnv) => void,
) {
  describe(`sync protocol on ${label}`, () => {
    let env: SuiteEnv;
    beforeAll(async () => {
      const srv = await startServer({ databaseUrl: await databaseUrl() });
      const secrets: string[] = [];
      env = {
        srv,
        secrets,
        async newDevice(orgId) {
          const org = orgId ?? (await addOrg(srv.dataDir, `CĐCS thử ${Math.random().toString(36).slice(2, 8)}`));
          const code = await makeCode(srv.dataDir, org);
          const dev = await register(srv.url, code);
          secrets.push(code, dev.token);
          return dev;
        },
      };
    }, 120_000);
    afterAll(async () => {
      await env?.srv.stop();
    });

    it('registers with a one-time code: used once, refused the second time, refused when expired', async () => {
      const org = await addOrg(env.srv.dataDir, 'Công đoàn cơ sở Công ty May Việt');
      const code = await makeCode(env.srv.dataDir, org);
      env.secrets.push(code);
      const first = await api(env.srv.url, 'POST', '/v1/register', {
        protocolVersion: 1,
        code,
        deviceName: 'Máy kế toán',
      });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({
        org: { id: org, name: 'Công đoàn cơ sở Công ty May Việt' },
        serverHasData: false,
      });
      expect(first.body.token.length).toBeGreaterThanOrEqual(43);
      env.secrets.push(first.body.token);
      const again = await api(env.srv.url, 'POST', '/v1/register', {
        protocolVersion: 1,
        code,
        deviceName: 'Máy khác',
      });
      expect(again.status).toBe(401);
      expect(again.body.error).toBe('CODE_INVALID');
      expect(again.body.message).toMatch(/Mã đăng ký/);
      // Issued 25 hours ago: past its 24 hours.
      const old = await makeCode(env.srv.dataDir, org, -25 * 3600_000);
      env.secrets.push(old);
      const expired = await api(env.srv.url, 'POST', '/v1/register', { protocolVersion: 1, code: old });
      expect(expired.status).toBe(401);
      expect(expired.body.error).toBe('CODE_INVALID');
      // Issued 23 hours ago: still good, typed in lower case without the dash.
      const recent = await makeCode(env.srv.dataDir, org, -23 * 3600_000);
      const typed = recent.replace('-', '').toLowerCase();
      const ok = await api(env.srv.url, 'POST', '/v1/register', { protocolVersion: 1, code: typed });
      expect(ok.status).toBe(200);
      env.secrets.push(recent, ok.body.token);
      const list = await serverJson(['device', 'list', '--data-dir', env.srv.dataDir, '--org', org]);
      expect(list.devices).toHaveLength(2);
      const text = await runServerCli(['device', 'list', '--data-dir', env.srv.dataDir, '--org', org]);
      expect(text.stdout).toContain(`${first.body.deviceId}  Máy kế toán  đăng ký `);
      expect(list.devices[0]).toEqual({
        id: first.body.deviceId,
        registeredAt: expect.any(String),
        lastSyncAt: null,
        revoked: false,
      });
    });

    it('state tells the device where it stands', async () => {
      const dev = await env.newDevice();
      const r = await api(dev.url, 'GET', '/v1/sync/state', undefined, dev.token);
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({
        deviceId: dev.deviceId,
        org: { id: dev.orgId },
        lastMutationId: 0,
        cursor: 0,
        horizon: 0,
      });
      expect(Math.abs(Date.parse(r.body.serverTime) - Date.now())).toBeLessThan(60_000);
      const none = await api(dev.url, 'GET', '/v1/sync/state');
      expect(none.status).toBe(401);
      expect(none.body.error).toBe('UNAUTHORIZED');
      const wrong = await api(dev.url, 'GET', '/v1/sync/state', undefined, 'x'.repeat(43));
      expect(wrong.status).toBe(401);
    });

    it('a revoked device gets 401 DEVICE_REVOKED and the device list shows it revoked', async () => {
      const dev = await env.newDevice();
      expect(
        (await push(dev, [{ entity: 'members', id: 'r-1', fields: { full_name: 'A' }, hlc: hlc(1) }])).status,
      ).toBe(200);
      const r = await runServerCli(['device', 'revoke', '--data-dir', env.srv.dataDir, '--device', dev.deviceId]);
      expect(r.code).toBe(0);
      const after = await push(dev, [{ entity: 'members', id: 'r-1', fields: { full_name: 'B' }, hlc: hlc(2) }]);
      expect(after.status).toBe(401);
      expect(after.body.error).toBe('DEVICE_REVOKED');
      expect((await pull(dev, 0)).status).toBe(401);
      const list = await serverJson(['device', 'list', '--data-dir', env.srv.dataDir, '--org', dev.orgId]);
      expect(list.devices).toEqual([
        expect.objectContaining({ id: dev.deviceId, revoked: true, lastSyncAt: expect.any(String) }),
      ]);
      const unknown = await runServerCli([
        'device',
        'revoke',
        '--data-dir',
        env.srv.dataDir,
        '--device',
        'no-such-device',
      ]);
      expect(unknown.code).toBe(4);
    });

    it('a push is idempotent: the same batch twice is accepted once', async () => {
      const dev = await env.newDevice();
      const batch = [
        {
          mutationId: 1,
          entity: 'members',
          id: 'i-1',
          fields: { full_name: 'Trần Thị Bình', status: 'active' },
          hlc: hlc(1),
        },
        {
          mutationId: 2,
          entity: 'members',
          id: 'i-2',
          fields: { full_name: 'Lê Văn Cường', status: 'active' },
          hlc: hlc(2),
        },
      ];
      const first = await push(dev, batch);
      expect(first.body).toEqual({ lastMutationId: 2, accepted: 2, rejected: [], cursor: 2 });
      const second = await push(dev, batch);
      expect(second.body).toEqual({ lastMutationId: 2, accepted: 0, rejected: [], cursor: 2 });
      // Overlapping: 2 already seen, 3 new.
      const third = await push(dev, [
        batch[1],
        { mutationId: 3, entity: 'members', id: 'i-3', fields: { full_name: 'C' }, hlc: hlc(3) },
      ]);
      expect(third.body).toMatchObject({ lastMutationId: 3, accepted: 1, cursor: 3 });
      expect((await pullAll(dev)).changes.map((c) => c.id)).toEqual(['i-1', 'i-2', 'i-3']);
    });

    it('a gap in mutation ids is a 409 and nothing of the batch is kept', async () => {
      const dev = await env.newDevice();
      const r = await push(dev, [
        { mutationId: 1, entity: 'members', id: 'g-1', fields: { full_name: 'A' }, hlc: hlc(1) },
        { mutationId: 3, entity: 'members', id: 'g-3', fields: { full_name: 'C' }, hlc: hlc(3) },
      ]);
      expect(r.status).toBe(409);
      expect(r.body).toMatchObject({ error: 'MUTATION_GAP', lastMutationId: 0 });
      expect(r.body.message).toMatch(/Thiếu thay đổi số 2/);
      expect((await pullAll(dev)).changes).toEqual([]);
      const state = await api(dev.url, 'GET', '/v1/sync/state', undefined, dev.token);
      expect(state.body.lastMutationId).toBe(0);
    });

    it('pulls page by page with hasMore and nextCursor', async () => {
      const dev = await env.newDevice();
      const changes = Array.from({ length: 25 }, (_, i) => ({
        entity: 'members',
        id: `p-${String(i).padStart(2, '0')}`,
        fields: { full_name: `Đoàn viên ${i}` },
        hlc: hlc(i + 1),
      }));
      expect((await push(dev, changes)).body.accepted).toBe(25);
      const p1 = await pull(dev, 0, 10);
      expect(p1.body).toMatchObject({ nextCursor: 10, hasMore: true });
      expect(p1.body.changes.map((c: any) => c.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(p1.body.changes[0]).toEqual({
        seq: 1,
        entity: 'members',
        id: 'p-00',
        fields: { full_name: 'Đoàn viên 0' },
        hlc: hlc(1),
        deviceId: dev.deviceId,
      });
      const p3 = await pull(dev, 20, 10);
      expect(p3.body).toMatchObject({ nextCursor: 25, hasMore: false });
      expect(p3.body.changes).toHaveLength(5);
      const empty = await pull(dev, 25, 10);
      expect(empty.body).toEqual({ changes: [], conflicts: [], nextCursor: 25, hasMore: false });
      const all = await pullAll(dev, 0, 7);
      expect(all.changes).toHaveLength(25);
    });

    it('admin commands work while start runs', async () => {
      const org = await addOrg(env.srv.dataDir, 'CĐCS chạy song song');
      const dev = await env.newDevice(org);
      const pushing = push(
        dev,
        Array.from({ length: 300 }, (_, i) => ({
          entity: 'members',
          id: `par-${i}`,
          fields: { full_name: `N ${i}` },
          hlc: hlc(i),
        })),
      );
      const [report, devices, pushed] = await Promise.all([
        serverJson(['report', '--data-dir', env.srv.dataDir]),
        serverJson(['device', 'list', '--data-dir', env.srv.dataDir, '--org', org]),
        pushing,
      ]);
      expect(pushed.body.accepted).toBe(300);
      expect(report.orgs.map((o: any) => o.id)).toContain(org);
      expect(devices.devices).toHaveLength(1);
    });

    mergeCases(() => env);
    limitCases(() => env);
    more?.(() => env);

    it('logs never contain a token or a code', () => {
      expect(env.secrets.length).toBeGreaterThan(5);
      const log = env.srv.log();
      expect(log).toMatch(/"push"/);
      for (const s of env.secrets) {
        expect(log).not.toContain(s);
        expect(log).not.toContain(s.replace('-', ''));
      }
    });

    it('stops cleanly on SIGTERM', async () => {
      const stopped = await env.srv.stop();
      expect(stopped).toEqual({ code: 0, signal: null });
      expect(env.srv.log()).toMatch(/"stopped"/);
    });
  });
}
