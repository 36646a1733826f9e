/** `uniondesk members unsubscribe --replies FILE…`: real .eml/.mbox files read by the core, in process. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, initVault, json, runsOn, tempDir } from './helpers';

afterAll(cleanup);

let dataDir = '';
let files = '';
const { cli, human } = runsOn(() => dataDir);

const mail = (opts: ConstructorParameters<typeof MailComposer>[0]) =>
  new MailComposer({ to: 'congdoan@congty.vn', ...opts }).compile().build();

async function save(name: string, bytes: Buffer | Promise<Buffer>): Promise<string> {
  const p = path.join(files, name);
  writeFileSync(p, await bytes);
  return p;
}

beforeAll(async () => {
  dataDir = (await initVault()).dataDir;
  files = tempDir();
  const member = path.join(files, 'lan.json');
  writeFileSync(member, JSON.stringify({ fullName: 'Đặng Thị Lan', email: 'lan@example.vn', emailConsent: true }));
  expect((await cli('members', 'add', member)).code).toBe(0);
}, 60_000);

describe('uniondesk members unsubscribe --replies', () => {
  it('reads the replies, prints what it did as JSON, and a second run finds everything already done', async () => {
    const reply = await save(
      'lan.eml',
      mail({ from: 'lan@example.vn', subject: 'Hủy đăng ký nhận bản tin', text: '' }),
    );
    const box = await save(
      'hop-thu.mbox',
      Buffer.concat([
        Buffer.from('From a@x Mon Dec  7 10:00:00 2026\n'),
        await mail({ from: 'ads@khuyenmai.vn', subject: 'Khuyến mãi', text: 'Mua ngay' }),
        Buffer.from('\n'),
      ]),
    );
    const r = await cli('members', 'unsubscribe', '--replies', reply, box);
    expect(r.code, r.stderr).toBe(0);
    expect(json(r)).toEqual({
      unsubscribed: [{ email: 'lan@example.vn', via: 'sender' }],
      bounced: [],
      already: 0,
      unmatched: [
        {
          file: 'hop-thu.mbox',
          from: 'ads@khuyenmai.vn',
          subject: 'Khuyến mãi',
          reason: 'Không phải yêu cầu hủy đăng ký hay thư báo lỗi gửi.',
        },
      ],
    });
    const h = await human('members', 'unsubscribe', '--replies', reply, box);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('Đã hủy đăng ký: 0');
    expect(h.stdout).toContain('Đã ngừng từ trước: 1');
    expect(h.stdout).toContain('hop-thu.mbox – ads@khuyenmai.vn: Không phải yêu cầu hủy đăng ký');
  });

  it('wants an address or --replies, not both nor neither (usage error); a missing file is NOT_FOUND', async () => {
    expect((await cli('members', 'unsubscribe')).code).toBe(2);
    expect((await cli('members', 'unsubscribe', 'a@b.vn', '--replies', 'x.eml')).code).toBe(2);
    const missing = await cli('members', 'unsubscribe', '--replies', path.join(files, 'khong-co.eml'));
    expect(json(missing).error.code).toBe('NOT_FOUND');
  });
});
