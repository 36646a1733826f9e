/**
 * The dashboard's HTTP side on a real HTTP server (node:http on 127.0.0.1 around dashboardRoutes) over a real
 * SQLite server database: staff, login, session cookie, the page, the export. The same checks through the
 * `uniondesk-server` process are in server-process.test.ts.
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeFrozen } from '../../../src/core/dues/frozen';
import { dashboardRoutes } from '../../../src/server/dashboard/routes';
import { setDropPoints } from '../../../src/server/dashboard/settings';
import { addStaff, StaffError } from '../../../src/server/dashboard/staff';
import { addDevice, addOrg, member, openTestServerDb, project, row, type TestServerDb } from './db';
import { Browser, readXlsx, rowCells } from './http';

let db: TestServerDb;
let server: Server;
let base: string;

const closed = (id: string, month: string, dues: [string, number][]) =>
  row('dues_months', id, {
    month,
    closed_at: `${month}-28T00:00:00.000Z`,
    lines: {
      b64: encodeFrozen(
        dues.map(([memberId, due]) => ({
          memberId,
          unitId: null,
          basis: null,
          due,
          extra: 0,
          exempt: false,
          capped: false,
        })),
        null,
      ).toString('base64'),
    },
  });
const pay = (id: string, memberId: string, month: string, amount: number) =>
  row('dues_payments', id, { member_id: memberId, month, amount, paid_on: `${month}-10`, cancelled_at: null });

beforeAll(async () => {
  db = await openTestServerDb('2026-12-07T03:00:00.000Z');
  await addOrg(db.ctx, 'upper', 'LĐLĐ tỉnh Bình Dương', 'upper');
  await addOrg(db.ctx, 'org-a', 'CĐCS Công ty May An Phú');
  await addOrg(db.ctx, 'org-b', 'CĐCS Trường THCS Bình Minh');
  await addOrg(db.ctx, 'org-c', 'CĐCS Xí nghiệp <Cơ khí> & Đúc');
  await addDevice(db.ctx, 'org-a', '2026-12-06T23:45:00.000Z');
  await addDevice(db.ctx, 'org-b', '2026-10-01T01:30:00.000Z');
  await project(db.ctx, 'org-a', [
    member('a1', { gender: 'female', joined_on: '2026-03-01' }),
    member('a2', { gender: 'female' }),
    member('a3'),
  ]);
  await project(db.ctx, 'org-b', [
    member('b1'),
    member('b2'),
    closed('dm-b-10', '2026-10', [
      ['b1', 625_000],
      ['b2', 625_000],
    ]),
    closed('dm-b-11', '2026-11', [
      ['b1', 625_000],
      ['b2', 625_000],
    ]),
    pay('p1', 'b1', '2026-10', 625_000),
    pay('p2', 'b2', '2026-10', 625_000),
    pay('p3', 'b1', '2026-11', 625_000),
    pay('p4', 'b2', '2026-11', 375_000),
  ]);
  await addStaff(db.ctx, { login: 'Lan.Nguyen', password: 'mật khẩu dài đủ', name: 'Nguyễn Thị Lan' });
  const routes = dashboardRoutes(db.ctx);
  server = createServer((req, res) => {
    void routes(req, res).then((answered) => {
      if (!answered) res.writeHead(404).end();
    });
  });
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((res) => server.close(res));
  await db.close();
});

describe('staff', () => {
  it('stores a scrypt hash with a salt, never the password; refuses a taken login and a short password', async () => {
    const row = (await db.ctx.knex('staff').where({ login: 'lan.nguyen' }).first()) as { password_hash: string };
    expect(row.password_hash).toMatch(/^scrypt\$\d+\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(row.password_hash).not.toContain('mật khẩu');
    await expect(addStaff(db.ctx, { login: 'lan.nguyen', password: 'một mật khẩu khác', name: '' })).rejects.toThrow(
      /đã có người dùng/,
    );
    await expect(addStaff(db.ctx, { login: 'hoa', password: 'ngắn', name: '' })).rejects.toThrow(StaffError);
    await addStaff(db.ctx, { login: 'hoa', password: 'mật khẩu của Hoa', name: 'Hoa' });
    const [a, b] = (await db.ctx
      .knex('staff')
      .whereIn('login', ['lan.nguyen', 'hoa'])
      .pluck('password_hash')) as string[];
    expect(a!.split('$')[4]).not.toBe(b!.split('$')[4]); // a random salt each
  });
});

describe('login and session', () => {
  it('the dashboard needs a login; a wrong password is refused; the cookie is HttpOnly, SameSite=Strict', async () => {
    const anon = new Browser(base);
    expect((await anon.get('/dashboard')).headers.get('location')).toBe('/login');
    expect((await anon.get('/dashboard.xlsx')).status).toBe(303);
    const page = await anon.get('/login');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<label for="password">Mật khẩu</label>');
    const wrong = await anon.login('lan.nguyen', 'sai mật khẩu rồi');
    expect(wrong.status).toBe(401);
    expect(wrong.text).toContain('Sai tên đăng nhập hoặc mật khẩu.');
    expect(wrong.headers.get('set-cookie')).toBeNull();
    expect((await anon.login('ai.do', 'mật khẩu dài đủ')).status).toBe(401);

    const ok = await anon.login('Lan.Nguyen', 'mật khẩu dài đủ');
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/dashboard');
    const cookie = ok.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^ud_staff=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200$/);
    // only the token's hash is stored
    const token = anon.cookie!.split('=')[1]!;
    const hashes = (await db.ctx.knex('staff_sessions').pluck('token_hash')) as string[];
    expect(hashes).toContain(createHash('sha256').update(token).digest('hex'));
    expect(hashes).not.toContain(token);
    expect((await anon.get('/dashboard')).status).toBe(200);

    // 12 hours later the session is over
    db.setNow('2026-12-07T15:00:01.000Z');
    try {
      expect((await anon.get('/dashboard')).headers.get('location')).toBe('/login');
    } finally {
      db.setNow('2026-12-07T03:00:00.000Z');
    }
  });

  it('Secure on https (behind a proxy that says so); a post from another site is refused; logout ends it', async () => {
    const b = new Browser(base);
    const ok = await b.post(
      '/login',
      { login: 'lan.nguyen', password: 'mật khẩu dài đủ' },
      { 'x-forwarded-proto': 'https' },
    );
    expect(ok.headers.get('set-cookie')).toMatch(/; Secure$/);
    const evil = await new Browser(base).post(
      '/login',
      { login: 'lan.nguyen', password: 'mật khẩu dài đủ' },
      { origin: 'https://evil.example' },
    );
    expect(evil.status).toBe(403);
    expect(evil.headers.get('set-cookie')).toBeNull();
    const sessions = await db.ctx.knex('staff_sessions').count({ n: '*' }).first();
    const out = await b.post('/logout', {});
    expect(out.headers.get('location')).toBe('/login');
    expect(b.cookie).toBeNull();
    const after = await db.ctx.knex('staff_sessions').count({ n: '*' }).first();
    expect(Number(after!.n)).toBe(Number(sessions!.n) - 1);
  });
});

describe('the dashboard page', () => {
  it('shows each CĐCS with its figures, Vietnamese formats, the anomalies, a strict CSP and no script', async () => {
    const b = new Browser(base);
    await b.login('lan.nguyen', 'mật khẩu dài đủ');
    const page = await b.get('/dashboard');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.headers.get('content-security-policy')).not.toContain('script-src');
    expect(page.text).not.toMatch(/<script/i);
    expect(page.text).toContain('<html lang="vi">');
    expect(page.text).toContain('LĐLĐ tỉnh Bình Dương');
    expect(page.text).toContain('CĐCS Xí nghiệp &lt;Cơ khí&gt; &amp; Đúc'); // escaped
    // name, members, women, women %, admitted, left, unpaid ≥ 6, last sync (Vietnam time, UTC+7)
    expect(rowCells(page.text, 'org-org-a')).toEqual([
      'CĐCS Công ty May An Phú',
      '3',
      '2',
      '66,7%',
      '1',
      '0',
      '0',
      '07/12/2026 06:45',
    ]);
    expect(rowCells(page.text, 'org-org-c')).toEqual([
      'CĐCS Xí nghiệp &lt;Cơ khí&gt; &amp; Đúc',
      '0',
      '0',
      '—',
      '0',
      '0',
      '0',
      'Chưa đồng bộ',
    ]);
    expect(rowCells(page.text, 'orgs-total').slice(0, 4)).toEqual(['Tổng cộng', '5', '2', '40%']);
    const rates = rowCells(page.text, 'rates-org-b');
    expect(rates[0]).toBe('CĐCS Trường THCS Bình Minh');
    expect(rates.slice(-3)).toEqual(['100%', '80%', '—']); // Oct, Nov closed; Dec open
    expect(page.text).toContain('title="Đã thu 1.000.000 đ / phải thu 1.250.000 đ"');
    expect(page.text).toMatch(/data-month="2026-11"\s+class="bad"/); // the drop is marked in the table
    expect(page.text).toContain('CĐCS Trường THCS Bình Minh: không đồng bộ 67 ngày (lần cuối 01/10/2026 08:30).');
    expect(page.text).toContain('CĐCS Xí nghiệp &lt;Cơ khí&gt; &amp; Đúc: chưa đồng bộ lần nào.');
    expect(page.text).toContain(
      'CĐCS Trường THCS Bình Minh: tỷ lệ thu đoàn phí tháng 11/2026 giảm 20 điểm (từ 100% xuống 80%).',
    );
    expect(page.text).not.toContain('CĐCS Công ty May An Phú: không đồng bộ');
    const css = await b.get('/dashboard.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('the drop that counts is a server setting', async () => {
    const b = new Browser(base);
    await b.login('lan.nguyen', 'mật khẩu dài đủ');
    await setDropPoints(db.ctx, 25);
    try {
      const page = await b.get('/dashboard');
      expect(page.text).not.toContain('giảm 20 điểm');
      expect(page.text).toContain('giảm quá 25 điểm so với tháng');
    } finally {
      await setDropPoints(db.ctx, 10);
    }
    await expect(setDropPoints(db.ctx, 0)).rejects.toThrow();
  });

  it('exports the same figures to .xlsx', async () => {
    const b = new Browser(base);
    await b.login('lan.nguyen', 'mật khẩu dài đủ');
    const file = await b.get('/dashboard.xlsx');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="bang-theo-doi-cdcs-2026-12-07.xlsx"');
    const sheets = await readXlsx(file.body);
    expect([...sheets.keys()]).toEqual(['CĐCS', 'Tỷ lệ thu theo tháng', 'Đoàn phí theo tháng', 'Cần chú ý']);
    const orgs = sheets.get('CĐCS')!;
    const a = orgs.find((r) => r[0] === 'CĐCS Công ty May An Phú')!;
    expect(a.slice(0, 7)).toEqual(['CĐCS Công ty May An Phú', 3, 2, 0.667, 1, 0, 0]);
    expect((a[7] as Date).toISOString()).toBe('2026-12-07T06:45:00.000Z'); // Vietnam's wall clock
    expect(orgs.find((r) => r[0] === 'Tổng cộng')!.slice(1, 3)).toEqual([5, 2]);
    const dues = sheets.get('Đoàn phí theo tháng')!;
    expect(dues.find((r) => r[0] === 'CĐCS Trường THCS Bình Minh' && r[1] === '11/2026')).toEqual([
      'CĐCS Trường THCS Bình Minh',
      '11/2026',
      'Có',
      1_250_000,
      1_000_000,
      0.8,
      1,
    ]);
    const anomalies = sheets.get('Cần chú ý')!.map((r) => r[2]);
    expect(anomalies).toContain('CĐCS Xí nghiệp <Cơ khí> & Đúc: chưa đồng bộ lần nào.');
  });
});

describe('guessing passwords', () => {
  it('pauses a client after 10 failed logins for 15 minutes, even with the right password', async () => {
    const b = new Browser(base);
    let status = 0;
    for (let i = 0; i < 12 && status !== 429; i++) status = (await b.login('lan.nguyen', `đoán sai lần ${i}`)).status;
    expect(status).toBe(429);
    const blocked = await b.login('lan.nguyen', 'mật khẩu dài đủ');
    expect(blocked.status).toBe(429);
    expect(blocked.text).toContain('thử lại sau 15 phút');
    db.setNow('2026-12-07T03:16:00.000Z');
    try {
      expect((await b.login('lan.nguyen', 'mật khẩu dài đủ')).status).toBe(303);
    } finally {
      db.setNow('2026-12-07T03:00:00.000Z');
    }
  });
});
