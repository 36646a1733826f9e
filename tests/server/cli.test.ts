/** The `uniondesk-server` command line itself: exit codes, Vietnamese output, re-init, TLS, a busy port. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { addOrg, initServerDir, runServerCli, serverJson, startServer, tempServerDir } from '../helpers/server-process';

describe('uniondesk-server CLI', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await initServerDir({ name: 'Công đoàn KCN Tân Thuận' });
  }, 60_000);

  it('init is idempotent: a second init keeps the upper-level org, --name renames it', async () => {
    const again = await serverJson(['init', '--data-dir', dataDir]);
    const renamed = await serverJson(['init', '--data-dir', dataDir, '--name', 'Công đoàn KCN Hiệp Phước']);
    expect(renamed.upperOrgId).toBe(again.upperOrgId);
    expect(renamed.database).toBe('sqlite');
    const config = JSON.parse(fs.readFileSync(path.join(dataDir, 'server.json'), 'utf8'));
    expect(config).toEqual({ database: { client: 'sqlite', file: 'server.sqlite' } });
    const text = await runServerCli(['init', '--data-dir', dataDir]);
    expect(text.stdout).toMatch(/Công đoàn cấp trên: Công đoàn KCN Hiệp Phước/);
    // Switching an initialised data dir to PostgreSQL is refused.
    const sw = await runServerCli(['init', '--data-dir', dataDir, '--database-url', 'postgres://x@127.0.0.1/y']);
    expect(sw.code).toBe(4);
  });

  it('prints Vietnamese sentences without --json', async () => {
    const r = await runServerCli(['org', 'add', '--data-dir', dataDir, '--name', 'CĐCS Công ty Điện tử Sao Mai']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Đã thêm công đoàn cơ sở "CĐCS Công ty Điện tử Sao Mai" \(mã [0-9a-f-]{36}\)\.\n$/);
    const id = /mã ([0-9a-f-]{36})/.exec(r.stdout)![1];
    const code = await runServerCli(['code', '--data-dir', dataDir, '--org', id]);
    expect(code.stdout).toMatch(
      /^Mã đăng ký: [A-Z2-9]{5}-[A-Z2-9]{5}\nDùng một lần, hết hạn lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} UTC\.\n$/,
    );
    // The JSON shapes are exactly the issue's.
    expect(Object.keys(await serverJson(['code', '--data-dir', dataDir, '--org', id]))).toEqual(['code']);
    expect(Object.keys(await serverJson(['org', 'add', '--data-dir', dataDir, '--name', 'CĐCS khác']))).toEqual(['id']);
    const devices = await runServerCli(['device', 'list', '--data-dir', dataDir, '--org', id]);
    expect(devices.stdout).toBe('Công đoàn cơ sở này chưa có máy nào đăng ký.\n');
    const report = await runServerCli(['report', '--data-dir', dataDir]);
    expect(report.stdout).toMatch(/CĐCS Công ty Điện tử Sao Mai: \d+ đoàn viên, đồng bộ gần nhất chưa/);
    const json = await serverJson(['report', '--data-dir', dataDir]);
    expect(json.orgs.find((o: any) => o.id === id)).toEqual({
      id,
      name: 'CĐCS Công ty Điện tử Sao Mai',
      members: 0,
      lastSyncAt: null,
    });
  });

  it('exit codes: 2 for usage, 4 for an unknown CĐCS or device, 1 for an uninitialised data dir', async () => {
    const usage = [
      ['org', 'add', '--data-dir', dataDir],
      ['code', '--org', 'x'],
      ['nothing', '--data-dir', dataDir],
      ['start', '--data-dir', dataDir, '--port', 'abc'],
      ['start', '--data-dir', dataDir, '--port', '0', '--cert', 'c.pem'],
      ['compact', '--data-dir', dataDir, '--org', 'x', '--before', '-1'],
    ];
    for (const args of usage) {
      const r = await runServerCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/Lỗi cú pháp lệnh/);
    }
    for (const args of [
      ['code', '--data-dir', dataDir, '--org', 'no-such-org'],
      ['device', 'list', '--data-dir', dataDir, '--org', 'no-such-org'],
      ['device', 'revoke', '--data-dir', dataDir, '--device', 'no-such-device'],
    ]) {
      const r = await runServerCli(args);
      expect(r.code, args.join(' ')).toBe(4);
      expect(r.stderr).toMatch(/Không có/);
    }
    // The upper-level org is not a CĐCS: no codes for it.
    const upper = (await serverJson(['init', '--data-dir', dataDir])).upperOrgId;
    expect((await runServerCli(['code', '--data-dir', dataDir, '--org', upper])).code).toBe(4);
    const missing = await runServerCli(['report', '--data-dir', tempServerDir()]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/chưa được khởi tạo/);
    const help = await runServerCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/device/);
  });

  it('serves HTTPS with --cert/--key', async () => {
    const dir = path.dirname(dataDir);
    const cert = path.join(dir, 'cert.pem');
    const key = path.join(dir, 'key.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
    const srv = await startServer({ dataDir, args: ['--cert', cert, '--key', key] });
    try {
      expect(srv.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = https.get(`${srv.url}/v1/sync/state`, { ca: fs.readFileSync(cert) }, (res) => {
          let body = '';
          res.on('data', (d) => (body += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
      });
      expect(answer.status).toBe(401);
      expect(JSON.parse(answer.body).error).toBe('UNAUTHORIZED');
    } finally {
      expect((await srv.stop()).code).toBe(0);
    }
  });

  it('fails with exit 1 and a Vietnamese message when the port is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const r = await runServerCli(['start', '--data-dir', dataDir, '--port', String(port)]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/Cổng \d+ đang được dùng/);
    } finally {
      blocker.close();
    }
  });

  it('a CĐCS name keeps its Vietnamese letters in NFC', async () => {
    const decomposed = 'CĐCS Công ty Hoàng Long'.normalize('NFD');
    const id = await addOrg(dataDir, decomposed);
    const report = await serverJson(['report', '--data-dir', dataDir]);
    expect(report.orgs.find((o: any) => o.id === id).name).toBe('CĐCS Công ty Hoàng Long'.normalize('NFC'));
  });
});
