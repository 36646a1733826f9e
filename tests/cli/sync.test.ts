/**
 * `uniondesk sync …` against the real server process: the exact JSON of `sync now` and `sync status`, and the exit
 * codes the issue fixes (3: revoked device or used code; 1: unreachable, with the outbox intact, or refused; 4: a
 * first sync that must choose).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addOrg, makeCode, serverJson, startServer, type ServerProcess } from '../helpers/server-process';
import { cleanup, initVault, json, runsOn } from './helpers';

let srv: ServerProcess;
let orgId: string;
const code = () => makeCode(srv.dataDir, orgId);

beforeAll(async () => {
  srv = await startServer();
  orgId = await addOrg(srv.dataDir, 'CĐCS Công ty Dệt May');
}, 120_000);

afterAll(async () => {
  await srv?.stop();
  cleanup();
});

async function pc() {
  const { dataDir } = await initVault();
  return runsOn(() => dataDir);
}

describe('uniondesk sync', () => {
  let a: ReturnType<typeof runsOn>;

  it('register, then now prints exactly {pushed, pulled, conflicts}; status prints server, lastSyncAt, pending', async () => {
    a = await pc();
    const reg = await a.cli('sync', 'register', '--server', srv.url, '--code', await code(), '--name', 'Máy chủ tịch');
    expect(reg.code, reg.stderr).toBe(0);
    expect(json(reg)).toMatchObject({ orgName: 'CĐCS Công ty Dệt May', pulled: 0 });
    expect(reg.stdout).not.toMatch(/token/i);

    expect((await a.withStdin(['members', 'add', '-'], JSON.stringify({ fullName: 'Nguyễn Thị Hoa' }))).code).toBe(0);
    const before = json(await a.cli('sync', 'status'));
    expect(before.pending).toBeGreaterThanOrEqual(1);
    const now = await a.cli('sync', 'now');
    expect(now.code, now.stderr).toBe(0);
    const result = json(now);
    expect(Object.keys(result).sort()).toEqual(['conflicts', 'pulled', 'pushed']);
    expect(result.pushed).toBe(before.pending);
    expect(result.pulled).toBe(0);
    expect(json(await a.cli('sync', 'now'))).toEqual({ pushed: 0, pulled: 0, conflicts: 0 });

    const st = json(await a.cli('sync', 'status'));
    expect(st).toMatchObject({ server: srv.url, pending: 0 });
    expect(new Date(st.lastSyncAt).toISOString()).toBe(st.lastSyncAt);
    const human = await a.human('sync', 'status');
    expect(human.stdout).toContain('Thay đổi chờ gửi: 0');
    expect(human.stdout).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  }, 120_000);

  it('a vault with data meeting a server with data exits 4 naming the three choices; --merge then goes through', async () => {
    const b = await pc();
    expect((await b.withStdin(['members', 'add', '-'], JSON.stringify({ fullName: 'Phạm Văn Long' }))).code).toBe(0);
    const used = await code();
    const r = await b.human('sync', 'register', '--server', srv.url, '--code', used);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/--upload/);
    expect(r.stderr).toMatch(/--download/);
    expect(r.stderr).toMatch(/--merge/);
    expect(r.stderr).not.toContain(used);
    const merged = await b.cli('sync', 'register', '--server', srv.url, '--code', used, '--merge');
    expect(merged.code, merged.stderr).toBe(0);
    expect(json(merged).pulled).toBeGreaterThanOrEqual(1);
    const found = json(await b.cli('members', 'search', 'hoa'));
    expect(JSON.stringify(found)).toContain('Nguyễn Thị Hoa');
  }, 120_000);

  it('an empty vault registering to a CĐCS with data simply downloads', async () => {
    const c = await pc();
    const r = await c.cli('sync', 'register', '--server', srv.url, '--code', await code());
    expect(r.code, r.stderr).toBe(0);
    expect(json(r).pulled).toBeGreaterThanOrEqual(2);
  }, 120_000);

  it('a used code exits 3; two choices at once is a usage error (2)', async () => {
    const d = await pc();
    const used = await code();
    const e = await pc();
    expect((await e.cli('sync', 'register', '--server', srv.url, '--code', used)).code).toBe(0);
    const r = await d.cli('sync', 'register', '--server', srv.url, '--code', used);
    expect(r.code).toBe(3);
    expect(json(r).error.code).toBe('SYNC_AUTH');
    expect((await d.cli('sync', 'register', '--server', srv.url, '--code', 'X', '--upload', '--merge')).code).toBe(2);
  }, 120_000);

  it('a revoked device exits 3', async () => {
    const f = await pc();
    const reg = json(await f.cli('sync', 'register', '--server', srv.url, '--code', await code()));
    await serverJson(['device', 'revoke', '--data-dir', srv.dataDir, '--device', reg.deviceId]);
    const r = await f.cli('sync', 'now');
    expect(r.code).toBe(3);
    expect(json(r).error.code).toBe('SYNC_AUTH');
  }, 120_000);

  it('the server out of reach exits 1 with a Vietnamese message, and the outbox is intact', async () => {
    const other = await startServer();
    const org = await addOrg(other.dataDir, 'CĐCS tạm');
    const g = await pc();
    const reg = await g.cli('sync', 'register', '--server', other.url, '--code', await makeCode(other.dataDir, org));
    expect(reg.code, reg.stderr).toBe(0);
    await other.stop();
    expect((await g.withStdin(['members', 'add', '-'], JSON.stringify({ fullName: 'Đặng Văn Minh' }))).code).toBe(0);
    const pending = json(await g.cli('sync', 'status')).pending;
    expect(pending).toBeGreaterThanOrEqual(1);
    const r = await g.human('sync', 'now');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Không kết nối được máy chủ');
    expect(r.stderr).toContain('Các thay đổi vẫn được giữ trên máy này');
    const st = json(await g.cli('sync', 'status'));
    expect(st.pending).toBe(pending);
    expect(st.lastError.code).toBe('SYNC_UNREACHABLE');
  }, 120_000);

  it('auto, conflicts and unregister answer; a PC not registered is refused (4)', async () => {
    const auto = json(await a.cli('sync', 'auto', '--minutes', '15'));
    expect(auto.autoMinutes).toBe(15);
    expect((await a.cli('sync', 'auto', '--minutes', 'abc')).code).toBe(2);
    expect(json(await a.cli('sync', 'conflicts'))).toEqual([]);
    // One action at a time; renumbering a conflict that is not there is refused in Vietnamese (4).
    expect((await a.cli('sync', 'resolve', 'c1', '--renumber', '--dismiss')).code).toBe(2);
    const missing = await a.human('sync', 'resolve', '01930000-0000-7000-8000-000000000009', '--renumber');
    expect(missing.code).toBe(4);
    expect(missing.stderr).toContain('Không tìm thấy xung đột đồng bộ này');
    const un = json(await a.cli('sync', 'unregister'));
    expect(un).toMatchObject({ registered: false, server: null, autoMinutes: 15 });
    const r = await a.cli('sync', 'now');
    expect(r.code).toBe(4); // not registered: rejected input
  }, 120_000);
});
