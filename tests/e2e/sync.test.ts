/**
 * Registering a PC with the upper-level union's server and seeing it on the dashboard, in Debian chromium at
 * 1366×768 against the real pieces: a real `uniondesk-server` process (SQLite data dir, a CĐCS, its one-time code,
 * a dashboard login made with the admin CLI) and the real web host and core on a vault with a dozen members. In
 * Cài đặt → Đồng bộ a used-up code is refused in Vietnamese, the right one registers this PC (its data goes up: the
 * server had none), "Đồng bộ ngay" ends with its counts and nothing pending; Tổng quan shows the last sync; the
 * upper level logs in to the dashboard and sees the CĐCS with its member count. axe checks the tab in both states.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addOrg, makeCode, serverJson, startServer, type ServerProcess } from '../helpers/server-process';
import { axeViolations, describeViolations, ORG, PASS, seedVault, unlock } from './a11y-helpers';
import { id, launch, screenshot } from './helpers';
import { startHost, type RunningHost } from './host';

/** The dozen members seedVault imports, all active. */
const MEMBERS = 12;
const STAFF = { login: 'canbo.ldld', password: 'Giám sát đồng bộ 2026', name: 'Nguyễn Văn Giám Sát' };

let server: ServerProcess;
let host: RunningHost;
let browser: Browser;
let page: Page;
/** The upper level's browser tab on the dashboard (screenshotted too when a test fails). */
let dashboard: Page | undefined;
let errors: string[];
let orgId: string;
let code: string;

beforeAll(async () => {
  server = await startServer({ timeoutMs: 90_000 });
  orgId = await addOrg(server.dataDir, ORG);
  code = await makeCode(server.dataDir, orgId);
  // The dashboard's login, made as the upper level makes it: the admin CLI, the password never an argument.
  await serverJson(['staff', 'add', '--data-dir', server.dataDir, '--login', STAFF.login, '--name', STAFF.name], {
    UNIONDESK_STAFF_PASSWORD: STAFF.password,
  });
  host = await startHost(90_000, { env: { UNIONDESK_TEST_KDF: 'fast' }, prepare: seedVault });
  ({ browser, page, errors } = await launch({ width: 1366, height: 768 }));
}, 240_000);

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail' && dashboard)
    console.error(
      `dashboard: ${await screenshot(dashboard, `e2e-sync-dashboard-${ctx.task.name}`)}\n${await dashboard.content()}`,
    );
  if (ctx.task.result?.state === 'fail' && page)
    console.error(
      `screenshot: ${await screenshot(page, `e2e-sync-${ctx.task.name}`)}\n${host?.output() ?? ''}\n--- server\n${server?.log() ?? ''}`,
    );
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  await server?.stop();
});

async function expectAxeClean(screen: string) {
  await page.waitForTimeout(400);
  const violations = await axeViolations(page);
  expect(violations.length ? describeViolations(screen, violations) : '').toBe('');
}

async function openSyncTab() {
  await page.goto(`${host.url.split('#')[0]}#/settings/sync`);
  if (
    await page
      .locator(id('unlock-passphrase'))
      .isVisible()
      .catch(() => false)
  ) {
    await page.locator(id('unlock-passphrase')).fill(PASS);
    await page.locator(id('unlock-submit')).click();
  }
  await page.locator(id('sync-tab')).waitFor();
}

describe('registering this PC with the upper-level server', () => {
  it('the Đồng bộ tab asks for the server and the one-time code, and axe finds nothing serious', async () => {
    await unlock(page, host.url);
    // Not connected yet: Tổng quan says so.
    await page.locator(id('overview-sync-off')).waitFor();
    expect(await page.locator(id('overview-sync-off')).innerText()).toBe('Chưa kết nối máy chủ công đoàn cấp trên');
    await page.locator(`${id('overview-sync')} button`, { hasText: 'Cài đặt đồng bộ' }).click();
    await page.locator(id('sync-register-form')).waitFor();
    expect(await page.locator(id('sync-server')).inputValue()).toBe('');
    await expectAxeClean('settings: sync (not registered)');
  });

  it('refuses a code that is not valid, in Vietnamese, and registers nothing', async () => {
    await page.locator(id('sync-server')).fill(server.url);
    await page.locator(id('sync-code')).fill('AAAAA-BBBBB');
    await page.locator(id('sync-register')).click();
    const error = page.locator(id('sync-register-error'));
    await error.waitFor({ timeout: 60_000 });
    expect(await error.innerText()).toContain('mã đăng ký đã dùng hoặc đã hết hạn');
    const devices = await serverJson<{ devices: unknown[] }>([
      'device',
      'list',
      '--data-dir',
      server.dataDir,
      '--org',
      orgId,
    ]);
    expect(devices.devices).toEqual([]);
    await expectAxeClean('settings: sync (code refused)');
    await screenshot(page, 'sync-code-refused');
  });

  it('registers with the right code: the CĐCS, the server, the last sync and nothing pending', async () => {
    await page.locator(id('sync-code')).fill(code);
    await page.locator(id('sync-device-name')).fill('Máy văn phòng công đoàn');
    await page.locator(id('sync-register')).click();
    const panel = page.locator(id('sync-panel'));
    await panel.waitFor({ timeout: 90_000 });
    expect(await page.locator(id('sync-org')).innerText()).toBe(ORG);
    expect(await page.locator(id('sync-server-url')).innerText()).toBe(server.url);
    expect(await page.locator(id('sync-last')).innerText()).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    await expect.poll(() => page.locator(id('sync-pending')).innerText()).toBe('0');
    // The first sync's counts: this vault's rows went up (the server had nothing), nothing came back.
    expect(await page.locator(id('sync-result')).innerText()).toMatch(/^Đã gửi [1-9]\d*, nhận 0, xung đột 0\.$/);
    const devices = await serverJson<{ devices: { id: string; revoked: boolean }[] }>([
      'device',
      'list',
      '--data-dir',
      server.dataDir,
      '--org',
      orgId,
    ]);
    expect(devices.devices).toHaveLength(1);
    expect(devices.devices[0].revoked).toBe(false);
    // The code is never shown once used.
    expect(await page.locator('body').innerText()).not.toContain(code);
    await expectAxeClean('settings: sync (registered)');
    await screenshot(page, 'sync-registered');
  });

  it('"Đồng bộ ngay" runs and ends with its counts; the server counts the members', async () => {
    await page.locator(id('sync-now')).click();
    const result = page.locator(id('sync-result'));
    await expect.poll(() => result.innerText(), { timeout: 90_000 }).toMatch(/^Đã gửi \d+, nhận 0, xung đột 0\.$/);
    expect(await page.locator(id('sync-pending')).innerText()).toBe('0');
    expect(await page.locator(id('sync-conflicts')).innerText()).toBe('0');
    const report = await serverJson<{ orgs: { id: string; name: string; members: number; lastSyncAt: string }[] }>([
      'report',
      '--data-dir',
      server.dataDir,
    ]);
    expect(report.orgs).toEqual([{ id: orgId, name: ORG, members: MEMBERS, lastSyncAt: expect.any(String) }]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'sync-now');
  });

  it('Tổng quan shows the last sync and nothing pending', async () => {
    await page.locator(id('nav-overview')).click();
    await page.locator(id('overview-sync-last')).waitFor();
    expect(await page.locator(id('overview-sync-last')).innerText()).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    expect(await page.locator(id('overview-sync-pending')).innerText()).toBe('Thay đổi chờ gửi: 0');
    expect(await page.locator(id('overview-sync-warning')).count()).toBe(0);
    await page.waitForTimeout(300);
    await screenshot(page, 'sync-overview');
    expect(errors).toEqual([]);
  });
});

describe('the upper level sees the CĐCS on the dashboard', () => {
  it('logs in and finds the CĐCS with its member count and last sync', async () => {
    dashboard = await page.context().newPage();
    await dashboard.goto(server.url);
    await dashboard.locator('#login-form').waitFor();
    await dashboard.locator('#login').fill(STAFF.login);
    await dashboard.locator('#password').fill(STAFF.password);
    await dashboard.locator('#login-submit').click();
    await dashboard.waitForLoadState();
    // A refused login stays on the form with its reason: name it rather than time out on the missing table.
    const refused = dashboard.locator('#login-error');
    expect(await refused.count(), await refused.allInnerTexts().then((t) => t.join(' '))).toBe(0);
    const row = dashboard.locator(`#org-${orgId}`);
    await row.waitFor();
    expect(await row.locator('[data-col="name"]').innerText()).toBe(ORG);
    expect(await row.locator('[data-col="members"]').innerText()).toBe(String(MEMBERS));
    expect(await row.locator('[data-col="last-sync"]').innerText()).toMatch(/\d{2}\/\d{2}\/\d{4}/);
    await screenshot(dashboard, 'sync-dashboard');
    await dashboard.close();
    dashboard = undefined;
  });

  it('after sync, the secretary can stop syncing (confirmed) and the data stays', async () => {
    await openSyncTab();
    await page.locator(id('sync-unregister')).click();
    await page.locator(id('sync-unregister-ok')).click();
    await page.locator(id('sync-register-form')).waitFor();
    await page.locator(id('nav-members')).click();
    // The register still holds the dozen members (the page loads its list after the menu click).
    await page.getByText(`Có ${MEMBERS} đoàn viên`).waitFor();
    expect(await page.getByText('Nguyễn Thị Lan').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
