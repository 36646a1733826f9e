/**
 * axe-core (WCAG 2.1 A and AA) over every screen in Debian chromium against the real web host and core at 1366×768:
 * the create-vault wizard, the unlock screen with its error, every page of the shell with its tabs, an open
 * document, and the main dialogs. Any serious or critical violation fails its screen, printed rule by rule with the
 * elements and why; the run ends with a table of the counts per screen.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sampleBytes } from '../import/sample';
import { axeViolations, describeViolations, PASS, seedVault, unlock } from './a11y-helpers';
import { id, launch, screenshot } from './helpers';
import { startHost, type RunningHost } from './host';

let host: RunningHost;
let browser: Browser;
let page: Page;
const counts: [string, number][] = [];

beforeAll(async () => {
  host = await startHost(90_000, { env: { UNIONDESK_TEST_KDF: 'fast' }, prepare: seedVault });
  ({ browser, page } = await launch({ width: 1366, height: 768 }));
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail' && page)
    console.error(`screenshot: ${await screenshot(page, `e2e-a11y-${ctx.task.name}`)}`);
});

afterAll(async () => {
  const total = counts.reduce((s, [, n]) => s + n, 0);
  console.log(
    `axe serious/critical per screen (total ${total}):\n${counts.map(([s, n]) => `  ${n}\t${s}`).join('\n')}`,
  );
  await browser?.close();
  await host?.stop();
});

/** Lets animations settle (axe reads colours mid-fade otherwise), then checks the screen. */
async function expectClean(screen: string) {
  await page.waitForTimeout(400);
  const violations = await axeViolations(page);
  counts.push([screen, violations.reduce((s, v) => s + v.nodes.length, 0)]);
  // Soft: the other screens of the same step are still checked, and every failure is listed.
  expect.soft(violations.length ? describeViolations(screen, violations) : '', screen).toBe('');
}

async function openPage(key: string, ready: string) {
  await page.locator(id(`nav-${key}`)).click();
  await page.locator(ready).first().waitFor();
}

async function openTab(testId: string) {
  await page.locator(id(testId)).click();
  await page.locator(`.ant-tabs-tab-active ${id(testId)}`).waitFor();
}

describe('first run (a data folder with no vault)', () => {
  let fresh: RunningHost;
  beforeAll(async () => {
    fresh = await startHost(90_000, { env: { UNIONDESK_TEST_KDF: 'fast' } });
  });
  afterAll(async () => {
    await fresh?.stop();
  });

  it('create-vault step, with the mismatch error shown', async () => {
    await page.goto(fresh.url);
    await page.locator(id('wizard-passphrase')).fill(PASS);
    await page.locator(id('wizard-passphrase-confirm')).fill(PASS + 'x');
    await page.locator(id('wizard-create')).click();
    await page.locator('.ant-form-item-explain-error').first().waitFor();
    await expectClean('wizard: create vault');
  });

  it('recovery key step and organisation step', async () => {
    await page.locator(id('wizard-passphrase-confirm')).fill(PASS);
    await page.locator(id('wizard-create')).click();
    await page.locator(id('recovery-key')).waitFor();
    await expectClean('wizard: recovery key');
    await page.locator(id('recovery-saved')).click();
    await page.locator(id('wizard-continue')).click();
    await page.locator('form').first().waitFor();
    await page.locator('form button[type=submit]').first().click();
    await page.locator('.ant-form-item-explain-error').first().waitFor();
    await expectClean('wizard: organisation');
  });
});

describe('every screen of a vault in use', () => {
  it('unlock screen, with the wrong-passphrase error', async () => {
    await page.goto(host.url);
    await page.locator(id('unlock-passphrase')).fill('sai mật khẩu');
    await page.locator(id('unlock-submit')).click();
    await page.locator(id('unlock-error')).waitFor();
    await expectClean('unlock');
  });

  it('overview', async () => {
    await unlock(page, host.url);
    await page.waitForLoadState('networkidle');
    await expectClean('overview');
  });

  it('members: register, a member, the add drawer, import, groups', async () => {
    await openPage('members', id('member-row'));
    await expectClean('members: register');
    await page.locator(id('member-row')).first().click();
    await page.locator(id('member-page')).waitFor();
    await expectClean('members: a member');
    await page.keyboard.press('Escape');
    await page.locator(id('member-page')).waitFor({ state: 'hidden' });
    await page.locator(id('member-add')).click();
    await page.locator(id('member-form')).waitFor();
    await expectClean('members: add drawer');
    await page.locator(id('member-cancel')).click();
    await page.locator(id('member-form')).waitFor({ state: 'hidden' });
    await page.locator(id('member-import')).click();
    await page.locator(id('import-file')).waitFor();
    await expectClean('members: import dialog');
    await page.locator(`${id('import-file')} input[type=file]`).setInputFiles({
      name: 'danh-sach-doan-vien-mau.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: sampleBytes(),
    });
    await page.locator(id('import-dryrun-summary')).waitFor();
    await expectClean('members: import check (ambiguous column, flagged rows)');
    await page.keyboard.press('Escape');
    await page.locator(id('import-dryrun-summary')).waitFor({ state: 'hidden' });
    await openTab('members-tab-units');
    await expectClean('members: groups');
  });

  it('documents: the register, the template picker, an open document', async () => {
    await openPage('documents', id('docs-register'));
    await expectClean('documents: register');
    await page.locator(id('docs-new')).click();
    await page.locator(id('template-giay-moi')).click();
    await page.locator(id('template-var-invitee')).fill('Đồng chí Trần Minh Tuấn');
    await page.locator(id('template-var-event.name')).fill('Hội nghị người lao động năm 2026');
    await page.locator(id('template-var-event.time')).fill('14 giờ 00');
    await page.locator(id('template-var-event.place')).fill('Nhà ăn ca Công ty');
    const date = page.locator(id('template-var-event.date'));
    await date.click();
    await date.fill('20/03/2026');
    await date.press('Enter');
    await expectClean('documents: template picker');
    await page.locator(id('template-create')).click();
    await page.locator(id('doc-editor')).waitFor();
    await expectClean('documents: editor');
  });

  for (const [key, ready] of [
    ['meetings', 'main h3, .ud-page-title'],
    ['elections', '.ud-page-title'],
    ['bulletins', '.ud-page-title'],
  ] as const) {
    it(key, async () => {
      await openPage(key, ready);
      await page.waitForLoadState('networkidle');
      await expectClean(key);
    });
  }

  for (const key of ['dues', 'finance', 'welfare'] as const) {
    it(`${key}, each tab`, async () => {
      await openPage(key, '.ud-page-title');
      await page.waitForLoadState('networkidle');
      const tabs = page.locator('.ud-content .ant-tabs-nav .ant-tabs-tab');
      const n = await tabs.count();
      for (let i = 0; i < Math.max(n, 1); i++) {
        if (n) await tabs.nth(i).click();
        await page.waitForLoadState('networkidle');
        await expectClean(`${key}: tab ${i + 1}/${n}`);
      }
    });
  }

  it('settings, each tab', async () => {
    await openPage('settings', id('settings-tab-org'));
    for (const tab of ['org', 'email', 'backups', 'security', 'doctor', 'sync']) {
      await openTab(`settings-tab-${tab}`);
      await page.waitForLoadState('networkidle');
      await expectClean(`settings: ${tab}`);
    }
  });
});
