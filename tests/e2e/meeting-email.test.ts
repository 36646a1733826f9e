/**
 * "Gửi giấy mời qua email" in Debian chromium against the real web host and core: a meeting of a union group (two
 * members with an email, one without) made with the CLI; in the page the papers tab says the account is missing and
 * its link opens Settings → Email, where the union's mailbox is set against a real smtp-server on 127.0.0.1; back in
 * the meeting the sending is made (2 to receive, 1 skipped: no email) and followed to its end on the Bản tin page's
 * sending screen. Every message that arrived (read with mailparser) is one per member with the Giấy mời PDF and
 * their own .ics. Screenshots at 1366×768. The steps share one page and run in order.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cli, id, launch, screenshot } from './helpers';
import { startHost, type RunningHost } from './host';
import { setMailbox, startMailbox, type Mailbox } from './mailbox';

const PASS = 'Đoàn kết - Dân chủ 2026';
const ORG = 'Công đoàn cơ sở Công ty TNHH May Hà Đông';
const UNIT = 'Tổ Dệt 1';
const TITLE = 'Họp tổ công đoàn Tổ Dệt 1 tháng 12';
const MEMBERS = [
  { fullName: 'Nguyễn Văn An', email: 'an@maydong.vn' },
  { fullName: 'Trần Thị Bình', email: 'binh@maydong.vn' },
  { fullName: 'Lê Văn Cường' },
];

let host: RunningHost;
let browser: Browser;
let page: Page;
let errors: string[];
let mailbox: Mailbox;
let meetingId = '';

beforeAll(async () => {
  mailbox = await startMailbox();

  host = await startHost(90_000, {
    env: { UNIONDESK_TEST_KDF: 'fast' },
    prepare: async (dataDir) => {
      const env = { UNIONDESK_PASSPHRASE: PASS };
      const at = ['--data-dir', dataDir, '--json'];
      const dir = await mkdtemp(path.join(os.tmpdir(), 'uniondesk-meeting-email-'));
      await cli(['init', ...at, '--org-name', ORG, '--upper-level', 'Công đoàn phường Hà Đông'], env);
      await cli(['org', 'set', ...at, 'place=Hà Nội', 'chairName=Nguyễn Văn An', 'email=congdoan@maydong.vn'], env);
      for (const [i, m] of MEMBERS.entries()) {
        const file = path.join(dir, `m${i}.json`);
        await writeFile(file, JSON.stringify({ ...m, unit: UNIT }));
        await cli(['members', 'add', file, ...at], env);
      }
      const file = path.join(dir, 'meeting.json');
      const meeting = {
        kind: 'group',
        title: TITLE,
        startsAt: '2026-12-15T08:00',
        place: 'Xưởng dệt',
        invitees: [`unit:${UNIT}`],
      };
      await writeFile(file, JSON.stringify(meeting));
      meetingId = (JSON.parse(await cli(['meetings', 'create', '--file', file, ...at], env)) as { id: string }).id;
    },
  });
  ({ browser, page, errors } = await launch({ width: 1366, height: 768 }));
}, 120_000);

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail' && page)
    console.error(`screenshot: ${await screenshot(page, `e2e-meeting-email-${ctx.task.name}`)}\n${host?.output()}`);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  await mailbox?.close();
});

const overflowsSideways = () => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
const card = () => page.locator(id('meeting-email-card'));

async function openPapers() {
  await page.locator(id('nav-meetings')).click();
  await page.locator(id('meetings-list')).getByText(TITLE).click();
  await page.locator(id('meeting-tab-papers')).click();
  await card().waitFor();
}

describe('meeting invitations by email in a browser against the real core', () => {
  it('says the account is missing, and its link opens Settings → Email', async () => {
    await page.goto(host.url);
    await page.locator(id('unlock-passphrase')).fill(PASS);
    await page.locator(id('unlock-submit')).click();
    await page.locator(id('app-shell')).waitFor();
    await openPapers();
    await card().locator(id('meeting-email-no-account')).waitFor();
    expect(await card().locator(id('meeting-email-create')).isDisabled()).toBe(true);
    expect(await overflowsSideways()).toBe(false);
    await screenshot(page, 'meeting-email-no-account');
    await card().locator(id('meeting-email-settings')).click();
    await page.locator(id('email-settings')).waitFor();
    expect(await page.evaluate(() => location.hash)).toBe('#/settings/email');
  });

  it('sets the union mailbox', async () => {
    await setMailbox(page, mailbox.port, 'congdoan@maydong.vn', ORG);
  });

  it('makes the sending, says who receives it and who is skipped, and sends it to the end', async () => {
    await openPapers();
    await page.waitForTimeout(300); // the card's loading skeleton gives way
    expect(await card().locator(id('meeting-email-no-account')).count()).toBe(0);
    await screenshot(page, 'meeting-email-card');
    await card().locator(id('meeting-email-create')).click();
    const count = page.locator(id('meeting-email-count'));
    await count.waitFor();
    expect(await count.innerText()).toContain('Người nhận giấy mời: 2 đồng chí · bỏ qua: 1 không có email');
    expect(await count.innerText()).toContain('bỏ qua: 1 không có email');
    expect(await page.locator(id('campaign-view')).innerText()).toContain(`Giấy mời: ${TITLE}`);
    await screenshot(page, 'meeting-email-ready');
    await page.locator(id('campaign-send')).click();
    await expect.poll(() => page.locator(id('campaign-state')).innerText(), { timeout: 60_000 }).toBe('Đã xong');
    expect(await page.locator(id('campaign-sent')).innerText()).toContain('2');
    expect(await page.locator(id('campaign-skipped')).innerText()).toContain('1');
    expect(await overflowsSideways()).toBe(false);
    await page.waitForTimeout(500); // the bar's animation ends
    await screenshot(page, 'meeting-email-sent');

    expect(mailbox.recipients()).toEqual(['an@maydong.vn', 'binh@maydong.vn']);
    for (const { to, mail } of mailbox.arrived) {
      const name = MEMBERS.find((m) => m.email === to[0])!.fullName;
      expect(to).toHaveLength(1);
      expect(mail.subject).toBe(`Giấy mời: ${TITLE}`);
      expect(mail.text).toContain(`Kính gửi đồng chí ${name},`);
      const pdf = mail.attachments.find((a) => a.contentType === 'application/pdf')!;
      expect(pdf.content.subarray(0, 5).toString()).toBe('%PDF-');
      const ics = mail.attachments.filter((a) => a.contentType.startsWith('text/calendar'));
      expect(ics).toHaveLength(1);
      const event = ics[0].content.toString('utf8').replace(/\r\n /g, '');
      expect(event).toContain('DTSTART;TZID=Asia/Ho_Chi_Minh:20261215T080000');
      expect(event).toMatch(new RegExp(`ATTENDEE;[^\\r\\n]*CN=${name}[^\\r\\n]*:mailto:${to[0]}`));
    }
  });

  it('shows the sending made when the papers are opened again, instead of making another', async () => {
    await page.locator(id('campaign-back')).click();
    const status = card().locator(id('meeting-email-status'));
    await status.waitFor();
    expect(await status.innerText()).toContain('Đã gửi 2/2');
    expect(await card().locator(id('meeting-email-create')).count()).toBe(0);
    await page.reload();
    await page
      .locator(id('unlock-passphrase'))
      .or(page.locator(id('app-shell')))
      .first()
      .waitFor();
    if (await page.locator(id('unlock-passphrase')).isVisible()) {
      await page.locator(id('unlock-passphrase')).fill(PASS);
      await page.locator(id('unlock-submit')).click();
    }
    await openPapers();
    await card().locator(id('meeting-email-open')).click();
    await expect.poll(() => page.locator(id('campaign-state')).innerText()).toBe('Đã xong');
    expect(mailbox.arrived).toHaveLength(2);
    await page.waitForTimeout(300);
    await screenshot(page, 'meeting-email-reopened');
    expect(meetingId).not.toBe('');
    expect(errors).toEqual([]);
  });
});
