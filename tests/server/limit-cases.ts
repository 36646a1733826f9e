/** What the server refuses before merging anything: size, shape, identity, rate, unknown paths. */
import { expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../src/shared/sync-protocol';
import { startServer } from '../helpers/server-process';
import type { SuiteEnv } from './protocol-suite';
import { api, hlc, pullAll, push } from './wire';

export function limitCases(env: () => SuiteEnv) {
  it('refuses a body over 8 MB with 413 and keeps nothing', async () => {
    const dev = await env().newDevice();
    const big = 'đ'.repeat(1_500_000); // 3 MB of UTF-8 each
    const r = await push(
      dev,
      [1, 2, 3].map((i) => ({ entity: 'bulletins', id: `big-${i}`, fields: { body: big }, hlc: hlc(i) })),
    );
    expect(r.status).toBe(413);
    expect(r.body).toMatchObject({ error: 'TOO_LARGE', message: expect.stringMatching(/quá lớn/) });
    expect((await pullAll(dev)).changes).toEqual([]);
    // Just under the limit passes.
    const ok = await push(dev, [
      { mutationId: 1, entity: 'bulletins', id: 'big-1', fields: { body: big }, hlc: hlc(1) },
    ]);
    expect(ok.body.accepted).toBe(1);
  });

  it('validates every body and query with the protocol schemas (400)', async () => {
    const dev = await env().newDevice();
    const base = { protocolVersion: PROTOCOL_VERSION, schemaVersion: 18, deviceId: dev.deviceId, mutations: [] };
    const cases: [unknown, RegExp][] = [
      ['{not json', /JSON/],
      [{ ...base, deviceId: undefined }, /deviceId/],
      [
        { ...base, mutations: [{ mutationId: 1, entity: 'members', id: 'x', fields: {}, hlc: 'yesterday' }] },
        /mutations\.0\.hlc/,
      ],
      [{ ...base, mutations: [{ mutationId: 0, entity: 'members', id: 'x', fields: {}, hlc: hlc(1) }] }, /mutationId/],
      [
        { ...base, mutations: [{ mutationId: 1, entity: 'Members; drop', id: 'x', fields: {}, hlc: hlc(1) }] },
        /entity/,
      ],
      [
        { ...base, mutations: [{ mutationId: 1, entity: 'members', id: 'x', fields: { 'A B': 1 }, hlc: hlc(1) }] },
        /fields/,
      ],
      [
        {
          ...base,
          mutations: Array.from({ length: 1001 }, (_, i) => ({
            mutationId: i + 1,
            entity: 'members',
            id: 'x',
            fields: {},
            hlc: hlc(1),
          })),
        },
        /mutations/,
      ],
    ];
    for (const [body, where] of cases) {
      const r = await api(dev.url, 'POST', '/v1/sync/push', body, dev.token);
      expect(r.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(r.body.error).toBe('INVALID_BODY');
      expect(r.body.message).toMatch(where);
    }
    const version = await api(dev.url, 'POST', '/v1/sync/push', { ...base, protocolVersion: 99 }, dev.token);
    expect(version.status).toBe(400);
    expect(version.body.error).toBe('PROTOCOL_VERSION');
    for (const q of ['cursor=-1', 'cursor=abc', '', 'cursor=0&limit=5001', 'cursor=0&limit=0']) {
      const r = await api(dev.url, 'GET', `/v1/sync/pull?${q}`, undefined, dev.token);
      expect(r.status, q).toBe(400);
      expect(r.body.error).toBe('INVALID_BODY');
    }
    const reg = await api(dev.url, 'POST', '/v1/register', { code: 'ABCDE-FGHJK' });
    expect(reg.status).toBe(400);
    const state = await api(dev.url, 'GET', '/v1/sync/state', undefined, dev.token);
    expect(state.body.lastMutationId).toBe(0);
  });

  it("refuses a body that names another device than the token's (403 WRONG_DEVICE)", async () => {
    const a = await env().newDevice();
    const b = await env().newDevice(a.orgId);
    const r = await push(
      a,
      [{ entity: 'members', id: 'wd-1', fields: { full_name: 'X' }, hlc: hlc(1) }],
      0,
      b.deviceId,
    );
    expect(r.status).toBe(403);
    expect(r.body.error).toBe('WRONG_DEVICE');
    expect((await pullAll(b)).changes).toEqual([]);
  });

  it('answers unknown paths with 404, in JSON', async () => {
    for (const path of ['/v1/sync/nothing', '/v2/sync/push', '/khong-co']) {
      const r = await api(env().srv.url, 'GET', path);
      expect(r.status, path).toBe(404);
      expect(r.body.error).toBe('NOT_FOUND');
    }
    expect((await api(env().srv.url, 'GET', '/v1/sync/push')).status).toBe(404);
  });

  it('limits the requests per token and minute (429 with Retry-After)', async () => {
    const dev = await env().newDevice();
    // A second server on the same data (the database is shared), with a low limit.
    const strict = await startServer({ dataDir: env().srv.dataDir, args: ['--rate-limit', '3'] });
    try {
      const statuses: number[] = [];
      let last: Awaited<ReturnType<typeof api>> | undefined;
      for (let i = 0; i < 5; i++) {
        last = await api(strict.url, 'GET', '/v1/sync/state', undefined, dev.token);
        statuses.push(last.status);
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      expect(last!.body).toMatchObject({ error: 'RATE_LIMITED', message: expect.stringMatching(/quá nhiều/) });
      expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
      // Another device has its own budget.
      const other = await env().newDevice(dev.orgId);
      expect((await api(strict.url, 'GET', '/v1/sync/state', undefined, other.token)).status).toBe(200);
    } finally {
      expect((await strict.stop()).code).toBe(0);
    }
  });
}
