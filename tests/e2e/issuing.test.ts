/**
 * Issuing an award decision at 1366×768 in Debian chromium against the real host and core (issue 13): the template
 * opens empty (examples only grey hints), two members are picked from the register (group and position filled), the
 * decision is issued, and the downloaded PDF read with pdftotext has page 1 signed with Nơi nhận and the list as an
 * appendix whose line carries the issued number. The editor fits the screen: the official fields fold to one line once
 * filled, so the body editor starts within the first screen at 1366×768 (and within one scroll at 200% zoom); none of
 * the fields is cut off once opened; the preview's text is legible without "Xem cỡ thật"; a download names its file.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cli, id, launch, screenshot } from './helpers';
import { startHost, type RunningHost } from './host';

const PASS = 'Đoàn kết - Dân chủ 2026';
const MEMBERS = [
  { fullName: 'Nguyễn Thị Lan', unit: 'Tổ công đoàn Phân xưởng Cắt', positions: [{ title: 'Tổ trưởng công đoàn' }] },
  { fullName: 'Trần Văn Bình', unit: 'Tổ công đoàn Kho vận' },
  { fullName: 'Lê Văn Cường', unit: 'Tổ công đoàn Kho vận' },
];

let host: RunningHost;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ud-e2e-issuing-'));
  host = await startHost(90_000, {
    env: { UNIONDESK_TEST_KDF: 'fast' },
    prepare: async (dataDir) => {
      const env = { UNIONDESK_PASSPHRASE: PASS };
      const at = ['--data-dir', dataDir, '--json'];
      await cli(
        [
          'init',
          ...at,
          '--org-name',
          'Công đoàn cơ sở Công ty TNHH May Hà Đông',
          '--upper-level',
          'Công đoàn phường Hà Đông',
        ],
        env,
      );
      await cli(['org', 'set', ...at, 'place=Hà Nội', 'chairName=Nguyễn Thị Hằng'], env);
      for (const [i, m] of MEMBERS.entries()) {
        const file = path.join(dir, `m${i}.json`);
        await writeFile(file, JSON.stringify(m));
        await cli(['members', 'add', file, ...at], env);
      }
    },
  });
  ({ browser, page } = await launch({ width: 1366, height: 768 }));
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail' && page)
    console.error(`screenshot: ${await screenshot(page, `e2e-issuing-${ctx.task.name}`)}\n${host?.output() ?? ''}`);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

async function pick(typed: string, name: string) {
  const box = page.locator(`${id('template-var-awardees-pick')} input`);
  await box.click();
  await box.fill(typed);
  await page.locator('.ant-select-item-option', { hasText: name }).first().click();
}

describe('issuing an award decision at 1366×768', () => {
  it('fills the empty template with two members from the register and creates the draft', async () => {
    await page.goto(host.url);
    await page.locator(id('unlock-passphrase')).fill(PASS);
    await page.locator(id('unlock-submit')).click();
    await page.locator(id('nav-documents')).click();
    await page.locator(id('docs-new')).click();
    await page.locator(id('template-quyet-dinh-khen-thuong')).click();
    const subject = page.locator(id('template-var-subject'));
    expect(await subject.inputValue()).toBe('');
    expect(await subject.getAttribute('placeholder')).toMatch(/^VD: /);
    expect(await page.locator(id('template-var-awardees-row')).count()).toBe(0);
    await subject.fill('đoàn viên xuất sắc quý I năm 2026');
    await page.locator(id('template-var-achievement')).fill('phong trào thi đua quý I năm 2026');
    await page.locator(id('template-var-proposedBy')).fill('Tổ công đoàn Phân xưởng Cắt');
    await page.locator(id('template-var-fundSource')).fill('quỹ khen thưởng của công đoàn cơ sở');
    await pick('lan', 'Nguyễn Thị Lan');
    await pick('binh', 'Trần Văn Bình');
    const rows = page.locator(id('template-var-awardees-row'));
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).locator('textarea').nth(1).inputValue()).toBe(
      'Tổ trưởng công đoàn, Tổ công đoàn Phân xưởng Cắt',
    );
    for (const [i, amount] of ['400000', '300000'].entries()) await rows.nth(i).locator('input').last().fill(amount);
    for (const i of [0, 1]) expect(await rows.nth(i).isVisible()).toBe(true);
    await screenshot(page, 'issuing-award-form');
    await page.locator(id('template-create')).click();
    await page.locator(id('doc-editor')).waitFor();
  });

  it('folds the filled official fields so the body editor is on the first screen', async () => {
    const card = page.locator(id('doc-fields-card'));
    await page.waitForFunction(
      () => document.querySelector('[data-testid="doc-fields-card"]')?.getAttribute('data-folded') === 'true',
    );
    expect(await card.locator('#ud-doc-fields-body').isHidden()).toBe(true);
    const summary = await page.locator(id('doc-fields-summary')).innerText();
    for (const s of ['Công đoàn cơ sở Công ty TNHH May Hà Đông', 'Quyết định, chưa cấp số, ngày', 'Hà Nội'])
      expect(summary).toContain(s);
    expect(summary).toContain('người ký: TM. BAN CHẤP HÀNH CHỦ TỊCH Nguyễn Thị Hằng');
    await page.evaluate(() => window.scrollTo(0, 0));
    const body = await page.locator(id('doc-body')).boundingBox();
    expect(body, 'the body editor is laid out').not.toBeNull();
    expect(body!.y).toBeLessThan(768 - 100); // its first lines are on screen, not just its top border
    await screenshot(page, 'issuing-editor-folded-1366');
  });

  it('shows the preview legibly without "Xem cỡ thật" (body text at least 12 px on screen)', async () => {
    const frame = page.locator(id('doc-preview'));
    await page.waitForFunction(() => {
      const f = document.querySelector<HTMLIFrameElement>('[data-testid="doc-preview"]');
      return Boolean(f?.contentDocument?.body?.innerText.includes('Điều 1'));
    });
    const px = await frame.evaluate((f: HTMLIFrameElement) => {
      const scale = Number(/scale\(([\d.]+)\)/.exec(f.style.transform)?.[1] ?? 1);
      const p = [...f.contentDocument!.querySelectorAll('p')].find((e) => e.textContent?.includes('Điều 1'))!;
      return parseFloat(getComputedStyle(p).fontSize) * scale;
    });
    expect(px).toBeGreaterThanOrEqual(12);
  });

  it('issues it; the PDF has page 1 signed and the list as an appendix with 01/QĐ-CĐCS', async () => {
    await page.locator(id('doc-issue')).click();
    await page.locator(id('doc-issue-ok')).click();
    await page.locator(id('doc-issued-number')).waitFor();
    expect(await page.locator(id('doc-issued-number')).innerText()).toContain('01/QĐ-CĐCS');
    await page.locator(id('doc-issued-ok')).click();
    await screenshot(page, 'issuing-award-issued');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(id('doc-download-pdf')).click()]);
    const note = page.locator('.ant-message-notice', { hasText: 'Đã tải về tệp' });
    await note.waitFor();
    expect(await note.innerText()).toContain(download.suggestedFilename());
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'ud-e2e-pdf-')), 'qd.pdf');
    await download.saveAs(file);
    const pages = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
      .split('\f')
      .slice(0, -1)
      .map((p) => p.replace(/\s+/g, ''));
    expect(pages).toHaveLength(2);
    for (const s of ['Số:01/QĐ-CĐCS', 'TM.BANCHẤPHÀNH', 'NguyễnThịHằng', 'Nơinhận:']) expect(pages[0]).toContain(s);
    expect(pages[0]).not.toContain('NguyễnThịLan');
    for (const s of ['(KèmtheoQuyếtđịnhsố01/QĐ-CĐCS', 'NguyễnThịLan', 'TrầnVănBình', '700.000'])
      expect(pages[1]).toContain(s);
  });

  it('shows the editor at 1366×768 with the whole title and, opened, no official field or label cut off', async () => {
    await page.locator(id('doc-fields-edit')).click();
    await page.locator(id('doc-field-issuer')).waitFor();
    const heading = page.locator('.ud-doc-heading');
    expect(await heading.innerText()).toContain('Về việc khen thưởng đoàn viên xuất sắc quý I năm 2026');
    const clipped = (sel: string) => page.locator(sel).evaluate((el) => el.scrollWidth > el.clientWidth + 1);
    expect(await clipped('.ud-doc-heading')).toBe(false);
    for (const field of ['issuer', 'upperLevel', 'signers-0-authority', 'signers-0-name'])
      expect(await clipped(id(`doc-field-${field}`)), field).toBe(false);
    // Each label on one line, inside its column ("Ngày văn bản" wrapped under its help icon).
    const labels = await page.locator('.ud-doc-fields .ant-form-item-label > label').evaluateAll((els) =>
      els.map((el) => ({
        text: el.textContent,
        lines: Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight || '22')),
        over: el.getBoundingClientRect().right > el.closest('.ant-col')!.getBoundingClientRect().right + 1,
      })),
    );
    expect(labels.find((l) => l.text === 'Ngày văn bản')).toBeDefined();
    for (const l of labels) expect(l, l.text ?? '').toMatchObject({ lines: 1, over: false });
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'issuing-editor-1366');
    await page.locator(id('doc-fields-collapse')).click();
    expect(await page.locator(id('doc-fields-summary')).innerText()).toContain('số 01/QĐ-CĐCS');
  });

  it('at 200% zoom (a 683×384 CSS viewport) the body editor starts within one scroll', async () => {
    await page.setViewportSize({ width: 683, height: 384 });
    try {
      await page.evaluate(() => window.scrollTo(0, 0));
      // The side menu folds to icons on a resize event, a render later: until then the page is narrower and
      // taller, so the position is read until the layout has settled.
      const bodyTop = async () => (await page.locator(id('doc-body')).boundingBox())?.y ?? Infinity;
      await expect.poll(bodyTop, { timeout: 15_000, interval: 250 }).toBeLessThan(2 * 384 - 50);
      await screenshot(page, 'issuing-editor-zoom-200');
    } finally {
      await page.setViewportSize({ width: 1366, height: 768 });
    }
  });
});
