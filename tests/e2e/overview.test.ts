/**
 * Tổng quan in Debian chromium against the real web host and core, at 1366×768, after the sample member list
 * (tests/import/data, «Chức vụ» read as job titles) was imported: the counts on the page match the register
 * (members by status, women, the union groups' bars, admissions and departures this year), the done first steps
 * are gone, a document opens from it.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cli, id, launch, screenshot } from './helpers';
import { startHost, type RunningHost } from './host';
import { SAMPLE_PATH } from '../import/sample';

const PASS = 'Đoàn kết - Dân chủ 2026';
const env = { UNIONDESK_PASSPHRASE: PASS };

interface Listed {
  id: string;
  gender: string | null;
  unit: string | null;
  status: string;
  joinedOn: string | null;
}

let host: RunningHost;
let browser: Browser;
let page: Page;
let errors: string[];
let tmp: string;
let register: Listed[] = [];
let imported = 0;
const pad = (n: number) => String(n).padStart(2, '0');
const now = new Date();
const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

async function prepare(dataDir: string) {
  const at = ['--data-dir', dataDir, '--json'];
  await cli(
    ['init', ...at, '--org-name', 'Công đoàn cơ sở Công ty Cổ phần Omizu', '--upper-level', 'LĐLĐ huyện Thanh Trì'],
    env,
  );
  await cli(['org', 'set', ...at, 'place=Hà Nội', 'chairName=Nguyễn Văn An'], env);
  imported = JSON.parse(
    await cli(['members', 'import', SAMPLE_PATH, '--map', 'Chức vụ=jobTitle', ...at], env),
  ).imported;
  // This year: one admission (joined today) and one departure (retired today).
  const newcomer = path.join(tmp, 'moi.json');
  await writeFile(newcomer, JSON.stringify({ fullName: 'Trần Thị Mới', gender: 'female', joinedOn: today }));
  await cli(['members', 'add', newcomer, ...at], env);
  const before = JSON.parse(await cli(['members', 'list', ...at], env)) as Listed[];
  const leaving = before.find((m) => m.status === 'active' && m.unit === 'Tổ Bảo vệ') as Listed;
  await cli(
    ['members', 'set-status', leaving.id, '--status', 'retired', '--date', today, '--reason', 'Nghỉ hưu', ...at],
    env,
  );
  register = JSON.parse(await cli(['members', 'list', ...at], env)) as Listed[];
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'ud-overview-e2e-'));
  host = await startHost(90_000, { env: { UNIONDESK_TEST_KDF: 'fast' }, prepare });
  ({ browser, page, errors } = await launch({ width: 1366, height: 768 }));
}, 180_000);

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail' && page)
    console.error(`screenshot: ${await screenshot(page, `e2e-overview-${ctx.task.name}`)}\n${host?.output() ?? ''}`);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

const text = (testId: string) => page.locator(id(testId)).innerText();

describe('Tổng quan after importing the sample member list', () => {
  it('shows the register’s counts: active, women, statuses, union groups, admissions and departures', async () => {
    expect(imported).toBeGreaterThan(150);
    expect(register.length).toBe(imported + 1);
    await page.goto(host.url);
    await page.locator(id('unlock-passphrase')).fill(PASS);
    await page.locator(id('unlock-submit')).click();
    await page.locator(id('app-shell')).waitFor();
    await page.locator(id('nav-overview')).click();
    await page.locator(id('overview-active')).waitFor();

    const active = register.filter((m) => m.status === 'active');
    const number = async (testId: string) => Number((await text(testId)).replace(/\D+/g, ' ').trim().split(' ').pop());
    expect(await number('overview-active')).toBe(active.length);
    expect(await text('overview-women')).toContain(String(active.filter((m) => m.gender === 'female').length));
    expect(await text('overview-total')).toContain(String(register.length));
    expect(await text('overview-status-retired')).toMatch(/: 1$/);
    expect(await number('overview-admitted')).toBe(
      register.filter((m) => (m.joinedOn ?? '') >= `${today.slice(0, 4)}-01-01`).length,
    );
    expect(await number('overview-left')).toBe(1);

    // The bars: one per union group, largest first, each with its active members.
    const groups = new Map<string, number>();
    for (const m of active) groups.set(m.unit ?? 'Chưa xếp tổ', (groups.get(m.unit ?? 'Chưa xếp tổ') ?? 0) + 1);
    const bars = await page
      .locator(id('overview-unit'))
      .evaluateAll((els) =>
        els.map((el) => [
          el.querySelector('.ud-overview-bar-name')?.textContent ?? '',
          Number(el.querySelector('.ud-overview-bar-count')?.textContent),
        ]),
      );
    expect(new Map(bars as [string, number][])).toEqual(groups);
    const counts = bars.map((b) => b[1] as number);
    const named = counts.slice(0, groups.has('Chưa xếp tổ') ? -1 : undefined);
    expect(named).toEqual([...named].sort((a, b) => b - a));

    // Members imported and the profile filled: only the first document is left among the first steps.
    await expect.poll(() => page.locator(`${id('overview-steps')} ${id('overview-step-document')}`).count()).toBe(1);
    expect(await page.locator(id('overview-step-import')).count()).toBe(0);
    expect(await page.locator(id('overview-step-profile')).count()).toBe(0);
    // The unlock made the day's automatic backup: it is shown in local time, and not flagged as old.
    expect(await text('overview-last-backup')).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    expect(await page.locator(id('overview-backup-warning')).count()).toBe(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.waitForTimeout(500);
    await screenshot(page, 'overview-after-import');
  });

  it('opens the register from the first step; a document made since shows among recent ones and opens', async () => {
    await page.locator(`${id('overview-step-document')} button`).click();
    await page.locator(id('documents-page')).waitFor();
    expect(page.url()).toMatch(/#\/documents$/);
    // Another face (the CLI, as the same user) issues a notice into the same vault while the page is open.
    const md = path.join(tmp, 'tb.md');
    await writeFile(md, `---\ntype: TB\nsummary: Về lịch họp tổ công đoàn tháng này\n---\nKính gửi các tổ.\n`);
    const issued = JSON.parse(await cli(['docs', 'issue', md, '--data-dir', host.dataDir, '--json'], env));
    await page.locator(id('nav-overview')).click();
    const doc = page.locator(id('overview-doc'), { hasText: 'Về lịch họp tổ công đoàn tháng này' });
    await doc.waitFor();
    expect(await doc.innerText()).toContain('/TB-');
    expect(await page.locator(id('overview-steps')).count()).toBe(0);
    await doc.click();
    await page.locator(id('documents-page')).waitFor();
    expect(decodeURIComponent(page.url())).toContain(`#/documents/${issued.id}`);
    expect(errors).toEqual([]);
  });

  it('Kiểm tra answers in plain Vietnamese sentences, the technical details folded away', async () => {
    await page.locator(id('nav-settings')).click();
    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    await page.locator(id('doctor-run')).click();
    const report = page.locator(id('doctor-report'));
    await report.waitFor();
    const said = await report.innerText();
    expect(said).toContain('Dữ liệu được mã hoá: không ai đọc được nếu không có mật khẩu.');
    expect(said).toContain('Chi tiết kỹ thuật (cho người hỗ trợ)'); // the folded panel's title
    expect(await page.locator('.ud-doctor-technical').count()).toBe(0); // its content is not shown
    await screenshot(page, 'settings-doctor');
  });
});
