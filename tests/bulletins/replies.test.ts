/**
 * audiences.importReplies with real mail files: replies built by nodemailer's MailComposer (the token in the
 * subject, a Vietnamese "Hủy đăng ký" from a register address, an ordinary reply quoting the footer, junk), a DSN
 * for 5.1.1 built as mail servers send it (multipart/report), an .mbox, and the web form's .csv of links.
 */
import MailComposer from 'nodemailer/lib/mail-composer';
import MimeNode from 'nodemailer/lib/mime-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { judgeReplies } from '../../src/core/bulletins/replies';
import { defineModule } from '../../src/core/module';
import type { Register } from '../meetings/helpers';
import { bulletinCore, call, callErr, SAMPLE_MD } from './helpers';

const FROM = 'congdoan@congty.vn';
let reg: Register;
const token: Record<string, string> = {};

beforeAll(async () => {
  reg = await bulletinCore([replyProbe]);
  const bulletinId = (await call(reg.core, 'bulletins.create', { markdown: SAMPLE_MD })).id;
  const snap = await call(reg.core, 'probe.snapshot', { bulletinId, audience: { all: true } });
  for (const r of snap.recipients) token[r.email] = r.unsubscribeToken;
}, 60_000);
afterAll(async () => reg.core.close());

/** Test-only: the reading step with a time budget already spent. */
const replyProbe = defineModule({
  name: 'reply-probe',
  contract: { commands: { 'probe.judgeLate': { input: z.object({ files: z.any() }), output: z.any() } } },
  commands: {
    'probe.judgeLate': {
      mode: 'read',
      handler: async ({ files }, ctx) => judgeReplies(ctx.session().db, files, { budgetMs: 0, perMessageMs: 10_000 }),
    },
  },
});

const mail = (opts: ConstructorParameters<typeof MailComposer>[0]) =>
  new MailComposer({ to: FROM, date: new Date('2026-12-07T03:00:00Z'), ...opts }).compile().build();

async function dsn(recipient: string, status: string, diagnostic: string): Promise<Buffer> {
  const root = new MimeNode('multipart/report; report-type=delivery-status');
  root.setHeader({ from: 'MAILER-DAEMON@mx.example.vn', to: FROM, subject: 'Undelivered Mail Returned to Sender' });
  root
    .createChild('text/plain')
    .setContent(`This is the mail system at host mx.example.vn.\n<${recipient}>: ${diagnostic}`);
  root
    .createChild('message/delivery-status')
    .setContent(
      `Reporting-MTA: dns; mx.example.vn\n\nFinal-Recipient: rfc822; ${recipient}\nAction: failed\n` +
        `Status: ${status}\nDiagnostic-Code: smtp; ${diagnostic}\n`,
    );
  root.createChild('text/rfc822-headers').setContent(`From: ${FROM}\nTo: ${recipient}\nSubject: Ban tin so 05\n`);
  return root.build();
}

const file = (fileName: string, bytes: Buffer | string) => ({
  fileName,
  base64: Buffer.from(bytes).toString('base64'),
});

const FOOTER = (t: string) =>
  `\n\nVào 07/12/2026, Công đoàn <${FROM}> đã viết:\n> Bản tin số 05\n> Không muốn nhận bản tin? ` +
  `${FROM}?subject=unsubscribe%20${t}\n`;

async function replyFiles() {
  const byToken = await mail({
    from: 'An ca nhan <an.canhan@gmail.com>',
    subject: `Re: unsubscribe ${token['an@example.vn']}`,
    text: 'Xin ngừng gửi.',
  });
  const bySender = await mail({ from: 'Trần Thị Bình <Binh@Example.vn>', subject: 'Hủy đăng ký', text: 'Cảm ơn.' });
  const ordinary = await mail({
    from: 'binh@example.vn',
    subject: 'Re: Bản tin số 05',
    text: `Cảm ơn BCH, em đăng ký suất quà Tết.${FOOTER(token['binh@example.vn'])}`,
  });
  const stranger = await mail({ from: 'la@unknown.org', subject: 'unsubscribe', text: 'stop' });
  const junk = await mail({ from: 'ads@khuyenmai.vn', subject: 'Khuyến mãi Tết 50%', html: '<p>Mua ngay!</p>' });
  const mbox = Buffer.concat(
    [
      await mail({
        from: 'giang@example.vn',
        subject: 'Hỏi về bản tin',
        text: `unsubscribe ${token['giang@example.vn']}\n>From the desk of Giang`,
      }),
      junk,
    ].map((m, i) => Buffer.concat([Buffer.from(`From sender${i}@x Mon Dec  7 10:00:00 2026\n`), m, Buffer.from('\n')])),
  );
  const csv = [
    'Thời điểm,Liên kết',
    `07/12/2026 10:00,https://congdoan.vn/huy-dang-ky?token=${token['em@example.vn']}`,
    '07/12/2026 10:05,https://congdoan.vn/huy-dang-ky?token=AAAAAAAAAAAAAAAAAAAAAA',
    '07/12/2026 10:06,không có gì',
  ].join('\r\n');
  return [
    file('tra-loi-an.eml', byToken),
    file('Hủy đăng ký – Bình.eml', bySender),
    file('tra-loi-thuong.eml', ordinary),
    file('nguoi-la.eml', stranger),
    file('bao-loi.eml', await dsn('dung@example.vn', '5.1.1', '550 5.1.1 User unknown')),
    file('bao-loi-tam.eml', await dsn('an@example.vn', '4.2.2', '452 4.2.2 Mailbox full')),
    file('hop-thu.mbox', mbox),
    file('web-form.csv', csv),
    file('anh.png', Buffer.from([0x89, 0x50, 0x4e, 0x47])),
  ];
}

const none = { noEmail: 0, noConsent: 0, unsubscribed: 0, bounced: 0 };

describe('importing replies to stop bulletins', () => {
  it('unsubscribes by token or by a register sender, suppresses 5.1.1 bounces, and lists the rest with reasons', async () => {
    const before = await call(reg.core, 'audiences.count', { audience: { all: true } });
    expect(before).toEqual({ recipients: 4, skipped: { ...none, noEmail: 1, noConsent: 1 } });
    const r = await call(reg.core, 'audiences.importReplies', { files: await replyFiles() });
    expect(r.unsubscribed).toEqual([
      { email: 'an@example.vn', via: 'token' },
      { email: 'binh@example.vn', via: 'sender' },
      { email: 'giang@example.vn', via: 'token' },
      { email: 'em@example.vn', via: 'token' },
    ]);
    expect(r.bounced).toEqual([{ email: 'dung@example.vn', status: '5.1.1' }]);
    expect(r.already).toBe(0);
    const why = r.unmatched.map((u: { file: string; reason: string }) => [u.file, u.reason]);
    expect(why).toEqual([
      ['tra-loi-thuong.eml', 'Thư trả lời thông thường: mã hủy đăng ký chỉ nằm trong phần trích thư gốc.'],
      ['nguoi-la.eml', 'Xin hủy đăng ký nhưng người gửi không có trong sổ đoàn viên và thư không có mã hủy đăng ký.'],
      ['bao-loi-tam.eml', 'Lỗi gửi tạm thời (4.2.2) đến an@example.vn: không chặn địa chỉ.'],
      ['hop-thu.mbox', 'Không phải yêu cầu hủy đăng ký hay thư báo lỗi gửi.'],
      ['web-form.csv', 'Dòng 3: Mã hủy đăng ký không khớp đoàn viên nào.'],
      ['web-form.csv', 'Dòng 4: không có mã hủy đăng ký.'],
      ['anh.png', 'Không đọc được loại tệp này (chỉ nhận .eml, .mbox, .txt, .csv).'],
    ]);
    const junk = r.unmatched.find((u: { file: string }) => u.file === 'hop-thu.mbox');
    expect(junk).toMatchObject({ from: 'ads@khuyenmai.vn', subject: 'Khuyến mãi Tết 50%' });

    // At once: the audience no longer counts them.
    expect(await call(reg.core, 'audiences.count', { audience: { all: true } })).toEqual({
      recipients: 0,
      // Dung had refused bulletins; her mailbox not existing now says more (it stops invitations too).
      skipped: { ...none, noEmail: 1, unsubscribed: 4, bounced: 1 },
    });
    const list = (await call(reg.core, 'audiences.suppressed', {})).items;
    const binh = list.find((i: { email: string }) => i.email === 'binh@example.vn');
    expect(binh.reason).toBe('Thư trả lời xin hủy đăng ký «Hủy đăng ký» – tệp Hủy đăng ký – Bình.eml');
    const dung = list.find((i: { email: string }) => i.email === 'dung@example.vn');
    expect(dung).toMatchObject({ state: 'bounced', reason: expect.stringContaining('550 5.1.1 User unknown') });
  });

  it('is idempotent: the same files again change nothing and count every address as already done', async () => {
    const again = await call(reg.core, 'audiences.importReplies', { files: await replyFiles() });
    expect(again.unsubscribed).toEqual([]);
    expect(again.bounced).toEqual([]);
    expect(again.already).toBe(5);
    expect(again.unmatched).toHaveLength(7);
  });

  it('an HTML-only reply quoting the footer (Gmail’s blockquote) is not an unsubscribe', async () => {
    const t = token['em@example.vn'];
    const html =
      '<div>Em xin gửi danh sách tổ may ạ.</div><div class="gmail_quote"><div>Vào 07/12/2026, Công đoàn đã viết:</div>' +
      `<blockquote>Bản tin số 05 <a href="mailto:${FROM}?subject=unsubscribe%20${t}">Hủy đăng ký</a></blockquote></div>`;
    const reply = await mail({ from: 'binh@example.vn', subject: 'Re: Bản tin số 05', html });
    const r = await call(reg.core, 'audiences.importReplies', { files: [file('html.eml', reply)] });
    expect(r.unsubscribed).toEqual([]);
    expect(r.unmatched[0].reason).toBe('Thư trả lời thông thường: mã hủy đăng ký chỉ nằm trong phần trích thư gốc.');
  });

  it('a bounce replaces an unsubscribe (it stops invitations too), never the other way round', async () => {
    const r = await call(reg.core, 'audiences.importReplies', {
      files: [file('bao-loi-an.eml', await dsn('an@example.vn', '5.1.10', '550 5.1.10 Recipient address rejected'))],
    });
    expect(r.bounced).toEqual([{ email: 'an@example.vn', status: '5.1.10' }]);
    const back = await mail({ from: 'an@example.vn', subject: 'Hủy đăng ký', text: '' });
    const r2 = await call(reg.core, 'audiences.importReplies', { files: [file('an.eml', back)] });
    expect(r2).toMatchObject({ unsubscribed: [], already: 1 });
    expect(await call(reg.core, 'probe.isSuppressed', { email: 'an@example.vn' })).toEqual({ state: 'bounced' });
  });

  it('refuses a file over 25 MB and more than 20 files, in Vietnamese; reading stops when its time is spent', async () => {
    const big = await callErr(reg.core, 'audiences.importReplies', {
      files: [{ fileName: 'lon.mbox', base64: Buffer.alloc(25 * 1024 * 1024 + 1).toString('base64') }],
    });
    expect(big).toMatchObject({
      code: 'VALIDATION',
      message: 'Tệp «lon.mbox» lớn hơn 25 MB: hãy tách thành nhiều tệp nhỏ hơn.',
    });
    const many = await callErr(reg.core, 'audiences.importReplies', {
      files: Array.from({ length: 21 }, (_, i) => file(`${i}.txt`, 'x')),
    });
    expect(many.code).toBe('VALIDATION');
    const late = await call(reg.core, 'probe.judgeLate', { files: await replyFiles() });
    expect(late[0].verdicts[0].reason).toMatch(/^Hết thời gian đọc \(0 giây\): 1 thư\/dòng còn lại chưa đọc/);
  });
});
