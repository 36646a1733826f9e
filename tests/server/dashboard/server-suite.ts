/**
 * The dashboard through the real `uniondesk-server` process, once on SQLite and once on PostgreSQL
 * (server-process.*.test.ts): two CĐCS push members and dues over HTTP with the sync protocol, then
 * `uniondesk-server report --json`, the staff login, the page and the .xlsx export are checked against them.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeFrozen } from '../../../src/core/dues/frozen';
import { monthsEnding, vnMonth } from '../../../src/server/dashboard/format';
import { addStaff } from '../../../src/server/dashboard/staff';
import { openContext } from '../../../src/server/db/open';
import { addOrg, makeCode, serverJson, startServer, type ServerProcess } from '../../helpers/server-process';
import { hlcFromNow, push, register, type Change, type Device } from '../wire';
import { Browser, readXlsx, rowCells } from './http';

const PASSWORD = 'mật khẩu của cán bộ';

export function defineDashboardSuite(label: string, databaseUrl: () => Promise<string | undefined>) {
  describe(`dashboard through uniondesk-server on ${label}`, () => {
    let srv: ServerProcess;
    const org: Record<'a' | 'b' | 'c', string> = { a: '', b: '', c: '' };
    const id: Record<string, string> = {};
    let devA: Device;
    let devB: Device;
    let tick = 0;
    // HLCs just behind the server's clock, each later than the one before.
    const change = (entity: string, rowId: string, fields: Change['fields']): Change => ({
      entity,
      id: rowId,
      fields,
      hlc: hlcFromNow(-60_000 + tick++, 'node1'),
    });
    const pushOk = async (dev: Device, changes: Change[]) => {
      const r = await push(dev, changes);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      expect(r.body.rejected).toEqual([]);
    };
    const [m1, m2] = monthsEnding(vnMonth(new Date()), 3);

    beforeAll(async () => {
      srv = await startServer({ databaseUrl: await databaseUrl() });
      org.a = await addOrg(srv.dataDir, 'CĐCS Công ty May An Phú');
      org.b = await addOrg(srv.dataDir, 'CĐCS Trường THCS Bình Minh');
      org.c = await addOrg(srv.dataDir, 'CĐCS Xí nghiệp Cơ khí');
      devA = await register(srv.url, await makeCode(srv.dataDir, org.a));
      devB = await register(srv.url, await makeCode(srv.dataDir, org.b));
      for (const k of ['a1', 'a2', 'a3', 'b1', 'b2', 'e1']) id[k] = randomUUID();
      const year = new Date().getUTCFullYear();
      await pushOk(devA, [
        change('members', id.a1!, {
          full_name: 'Nguyễn Thị Hoa',
          status: 'active',
          gender: 'female',
          joined_on: `${year}-01-02`,
        }),
        change('members', id.a2!, {
          full_name: 'Trần Văn Nam',
          status: 'active',
          gender: 'male',
          joined_on: '2019-05-01',
        }),
        change('members', id.a3!, {
          full_name: 'Lê Văn Bình',
          status: 'retired',
          gender: 'male',
          joined_on: '2001-05-01',
        }),
        change('member_status_events', id.e1!, {
          member_id: id.a3!,
          event: 'retired',
          to_status: 'retired',
          date: `${year}-01-01`,
        }),
      ]);
      const lines = (b2Due: number) =>
        encodeFrozen(
          [
            { memberId: id.b1!, unitId: null, basis: null, due: 625_000, extra: 0, exempt: false, capped: false },
            { memberId: id.b2!, unitId: null, basis: null, due: b2Due, extra: 0, exempt: false, capped: false },
          ],
          null,
        ).toString('base64');
      const pay = (memberId: string, month: string, amount: number) =>
        change('dues_payments', randomUUID(), {
          member_id: memberId,
          month,
          amount,
          paid_on: `${month}-10`,
          method: 'cash',
          cancelled_at: null,
        });
      await pushOk(devB, [
        change('members', id.b1!, {
          full_name: 'Phạm Văn Đức',
          status: 'active',
          gender: 'male',
          joined_on: '2015-01-01',
        }),
        change('members', id.b2!, {
          full_name: 'Đỗ Thị Mai',
          status: 'active',
          gender: 'female',
          joined_on: '2016-01-01',
        }),
        change('dues_months', randomUUID(), {
          month: m1!,
          closed_at: `${m1}-28T00:00:00.000Z`,
          lines: { b64: lines(625_000) },
        }),
        change('dues_months', randomUUID(), {
          month: m2!,
          closed_at: `${m2}-28T00:00:00.000Z`,
          lines: { b64: lines(625_000) },
        }),
        pay(id.b1!, m1!, 625_000),
        pay(id.b2!, m1!, 625_000),
        pay(id.b1!, m2!, 625_000),
        pay(id.b2!, m2!, 375_000),
      ]);
      const ctx = await openContext(srv.dataDir);
      try {
        await addStaff(ctx, { login: 'can.bo', password: PASSWORD, name: 'Cán bộ Ban Tổ chức' });
      } finally {
        await ctx.close();
      }
    }, 180_000);
    afterAll(async () => {
      await srv?.stop();
    });

    it('report --json: one entry per CĐCS, active members, the last sync; deletes and status changes follow', async () => {
      type Report = { orgs: { id: string; name: string; members: number; lastSyncAt: string | null }[] };
      const report = await serverJson<Report>(['report', '--data-dir', srv.dataDir]);
      expect(report.orgs.map((o) => [o.id, o.members])).toEqual([
        [org.a, 2],
        [org.b, 2],
        [org.c, 0],
      ]);
      const a = report.orgs[0]!;
      expect(a.lastSyncAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(Date.now() - Date.parse(a.lastSyncAt!)).toBeLessThan(10 * 60_000);
      expect(report.orgs[2]!.lastSyncAt).toBeNull();
      await pushOk(devA, [
        change('members', id.a2!, { deleted_at: new Date().toISOString() }),
        change('members', id.a3!, { status: 'active' }),
      ]);
      const after = await serverJson<Report>(['report', '--data-dir', srv.dataDir]);
      expect(after.orgs.find((o) => o.id === org.a)!.members).toBe(2); // a2 deleted, a3 back
      await pushOk(devA, [change('members', id.a3!, { status: 'retired' })]);
    });

    it('the dashboard needs a staff login; a wrong password is refused', async () => {
      const b = new Browser(srv.url);
      expect((await b.get('/dashboard')).headers.get('location')).toBe('/login');
      expect((await b.get('/')).headers.get('location')).toBe('/login');
      const wrong = await b.login('can.bo', 'không phải mật khẩu');
      expect(wrong.status).toBe(401);
      expect(b.cookie).toBeNull();
      expect((await b.get('/dashboard')).status).toBe(303);
      expect((await b.login('can.bo', PASSWORD)).status).toBe(303);
      expect((await b.get('/dashboard')).status).toBe(200);
      expect(srv.log()).not.toContain(PASSWORD);
      expect(srv.log()).not.toContain(b.cookie!.split('=')[1]!);
    });

    it('the page shows each CĐCS, the collection rates and the anomalies', async () => {
      const b = new Browser(srv.url);
      await b.login('can.bo', PASSWORD);
      const page = (await b.get('/dashboard')).text;
      const a = rowCells(page, `org-${org.a}`);
      expect(a.slice(0, 7)).toEqual(['CĐCS Công ty May An Phú', '1', '1', '100%', '1', '1', '0']);
      expect(a[7]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
      expect(rowCells(page, `org-${org.b}`).slice(0, 4)).toEqual(['CĐCS Trường THCS Bình Minh', '2', '1', '50%']);
      expect(rowCells(page, `org-${org.c}`)).toContain('Chưa đồng bộ');
      expect(rowCells(page, `rates-${org.b}`).slice(-3)).toEqual(['100%', '80%', '—']);
      expect(page).toContain('CĐCS Xí nghiệp Cơ khí: chưa đồng bộ lần nào.');
      expect(page).toContain(
        `CĐCS Trường THCS Bình Minh: tỷ lệ thu đoàn phí tháng ${m2!.slice(5)}/${m2!.slice(0, 4)} giảm 20 điểm (từ 100% xuống 80%).`,
      );
      expect(page).not.toContain('CĐCS Công ty May An Phú: không đồng bộ');
    });

    it('exports the same figures to .xlsx', async () => {
      const b = new Browser(srv.url);
      await b.login('can.bo', PASSWORD);
      const file = await b.get('/dashboard.xlsx');
      expect(file.headers.get('content-type')).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      const sheets = await readXlsx(file.body);
      const rows = sheets.get('CĐCS')!;
      expect(rows.find((r) => r[0] === 'CĐCS Trường THCS Bình Minh')!.slice(1, 7)).toEqual([2, 1, 0.5, 0, 0, 0]);
      expect(rows.find((r) => r[0] === 'CĐCS Xí nghiệp Cơ khí')![7]).toBe('Chưa đồng bộ');
      const dues = sheets.get('Đoàn phí theo tháng')!;
      expect(dues.filter((r) => r[0] === 'CĐCS Trường THCS Bình Minh').map((r) => r.slice(3, 7))).toEqual([
        [1_250_000, 1_250_000, 1, 0],
        [1_250_000, 1_000_000, 0.8, 1],
      ]);
    });
  });
}
