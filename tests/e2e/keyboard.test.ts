/**
 * The keyboard alone (issue 14), in Debian chromium against the real web host and core at 1366×768: the side menu
 * reached with Tab and opened with Enter, the focus moved to the page (its heading, or the register's search box),
 * a visible focus ring ≥ 3:1 in the neutral focus colour (fields: border and ring, hover neutral too: red only for
 * errors), a member opened from the register, a document made from a template, filled and issued, and the sample
 * member list imported (file chooser, the «Chức vụ» question, Confirm), without the mouse. The steps share one
 * page and run in order.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_MEMBERS, sampleBytes } from '../import/sample';
import { seedVault, unlock } from './a11y-helpers';
import { id, launch, screenshot } from './helpers';
import { startHost, type RunningHost } from './host';

const FOCUS = 'rgb(58, 90, 128)';
const BRAND_RED = 'rgb(200, 16, 46)';

let host: RunningHost;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  host = await startHost(90_000, { env: { UNIONDESK_TEST_KDF: 'fast' }, prepare: seedVault });
  ({ browser, page, errors } = await launch({ width: 1366, height: 768 }));
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail' && page)
    console.error(`screenshot: ${await screenshot(page, `e2e-keyboard-${ctx.task.name}`)}\n${host?.output() ?? ''}`);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

/** What has the focus, for messages: tag, test id, text. */
const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return 'nothing';
    const tid = el.closest('[data-testid]')?.getAttribute('data-testid') ?? '';
    return `<${el.tagName.toLowerCase()}> ${tid} «${(el.innerText ?? '').slice(0, 40)}»`;
  });

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`; fails if it never does. */
async function tabTo(selector: string, { back = false, max = 80 } = {}): Promise<number> {
  for (let i = 0; i <= max; i++) {
    if (await page.evaluate((sel) => !!document.activeElement?.matches(sel), selector)) return i;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${max} × Tab never reached ${selector}; the focus is on ${await focused()}`);
}

const navLink = (key: string) => `a:has(${id(`nav-${key}`)})`;

/** The WCAG contrast ratio of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c
      .match(/\d+(\.\d+)?/g)!
      .slice(0, 3)
      .map(Number);
    const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(bl);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The focus indicator of what has the focus: the first of it and its three nearest ancestors that shows an outline
 * (≥ 2 px), or the focus colour in its border or ring (fields draw focus on their wrapper). Null when none does.
 */
const ringOf = () =>
  page.evaluate((focus) => {
    let el = document.activeElement as HTMLElement | null;
    for (let i = 0; el && i < 4; i++, el = el.parentElement) {
      const s = getComputedStyle(el);
      if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) return s.outlineColor;
      if (s.borderColor.includes(focus) || s.boxShadow.includes(focus)) return focus;
    }
    return null;
  }, FOCUS);

/** Tabs `count` times from where the focus is; every stop must show a ring ≥ 3:1 against white. */
async function sweepRings(count: number) {
  const bare: string[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    await page.waitForTimeout(350); // antd fades its field borders in (0.2 s)
    const ring = await ringOf();
    if (!ring || contrast(ring, 'rgb(255, 255, 255)') < 3) bare.push(`${await focused()} (${ring ?? 'no ring'})`);
  }
  return bare;
}

describe('the keyboard alone', () => {
  it('reaches each side menu entry with Tab and opens its page with Enter; the focus moves to the page', async () => {
    await unlock(page, host.url);
    await page.locator(id('page-overview')).waitFor();
    // From the top of the window: the menu entries are Tab stops, one each.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const steps = await tabTo(navLink('documents'));
    expect(steps).toBeLessThan(10);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cuộc họp');

    // The ring on a menu entry: 2 px or more, the neutral colour, ≥ 3:1 against the menu's white.
    const ring = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor };
    });
    expect(ring.style).toBe('solid');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    expect(ring.color).toBe(FOCUS);
    expect(contrast(ring.color, 'rgb(255, 255, 255)')).toBeGreaterThanOrEqual(3);

    await page.keyboard.press('Enter');
    await page.locator(id('page-meetings')).waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H3');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cuộc họp');
    expect(await page.evaluate(() => window.location.hash)).toBe('#/meetings');

    // Back up into the menu, to Tài chính: its page's heading gets the focus too.
    await tabTo(navLink('finance'), { back: true });
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.activeElement?.tagName === 'H3' && document.activeElement.textContent === 'Tài chính',
    );
    await screenshot(page, 'keyboard-menu');
  });

  it('opens the register (its search box takes the focus) and a member, with Enter', async () => {
    await tabTo(navLink('members'), { back: true });
    await page.keyboard.press('Enter');
    await page.locator(id('member-row')).first().waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'members-search');

    // A field shows focus in the neutral colour, border and ring, and hover is neutral too: red is for errors.
    const field = page.locator('.ud-register-search');
    const look = () =>
      field.evaluate((el) => ({ border: getComputedStyle(el).borderColor, ring: getComputedStyle(el).boxShadow }));
    await page.waitForTimeout(300);
    const focusedLook = await look();
    expect(focusedLook.border).toBe(FOCUS);
    expect(focusedLook.ring).toContain(FOCUS);
    const position = page.locator(id('filter-position'));
    await position.hover();
    await page.waitForTimeout(300);
    const hoverBorder = await page.locator('.ud-filter-position').evaluate((el) => getComputedStyle(el).borderColor);
    expect(hoverBorder).not.toBe(BRAND_RED);
    expect(contrast(hoverBorder, 'rgb(255, 255, 255)')).toBeGreaterThanOrEqual(3);

    await tabTo(id('member-row'));
    const name = await page.evaluate(() => document.activeElement?.querySelector('.ud-member-name')?.textContent);
    expect(name).toBe('Trần Văn Bình');
    await page.keyboard.press('Enter');
    await page.locator(id('member-page')).waitFor();
    expect(await page.locator(id('member-page-name')).innerText()).toBe('Trần Văn Bình');
    await page.keyboard.press('Escape');
    await page.locator(id('member-page')).waitFor({ state: 'hidden' });

    // Every Tab stop of the register (filters, buttons, tabs, rows) shows its focus.
    await page.locator(id('members-search')).focus();
    expect(await sweepRings(16)).toEqual([]);
  });

  it('makes a document from a template, fills it, and issues it, all with the keyboard', async () => {
    await tabTo(navLink('documents'), { back: true });
    await page.keyboard.press('Enter');
    await page.locator(id('docs-register')).waitFor();
    await page.waitForFunction(
      () => document.activeElement?.tagName === 'H3' && document.activeElement.textContent === 'Văn bản',
    );
    await tabTo(id('docs-new'));
    await page.keyboard.press('Enter');
    await page.locator(id('template-picker')).waitFor();
    await tabTo(id('template-giay-moi'));
    await page.keyboard.press('Enter');
    await page.locator(id('template-form-giay-moi')).waitFor();

    const values: [string, string][] = [
      ['template-var-invitee', 'Đồng chí Lê Thị Hồng – Trưởng phòng Nhân sự'],
      ['template-var-event.name', 'Hội nghị tổng kết công tác công đoàn năm 2026'],
      ['template-var-event.time', '14 giờ 00'],
      ['template-var-event.place', 'Hội trường tầng 2'],
    ];
    for (const [field, text] of values) {
      await tabTo(id(field));
      await page.keyboard.type(text);
    }
    await tabTo(id('template-var-event.date'));
    await page.keyboard.type('20/03/2026');
    await page.keyboard.press('Enter'); // takes the typed date (Escape would drop it)
    await page.waitForTimeout(300);
    expect(await page.locator(id('template-var-event.date')).inputValue()).toBe('20/03/2026');
    await tabTo(id('template-create'));
    await page.keyboard.press('Enter');
    await page.locator(id('doc-editor')).waitFor();

    // The open document's body has the focus: typing goes straight into it.
    await page.waitForFunction(() => document.activeElement?.getAttribute('contenteditable') === 'true');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Kính mời đồng chí đến dự đúng giờ.');
    expect(await page.locator(id('doc-body')).innerText()).toContain('Kính mời đồng chí đến dự đúng giờ.');

    await tabTo(id('doc-issue'), { back: true, max: 120 });
    await page.keyboard.press('Enter');
    await page.locator(id('doc-issue-ok')).waitFor();
    await tabTo(id('doc-issue-ok'));
    await page.keyboard.press('Enter');
    // The number, or the core's refusal (named in the failure).
    await page
      .locator(`${id('doc-issued-number')}, .ant-message-error`)
      .first()
      .waitFor();
    expect(await page.locator('.ant-message-error').allInnerTexts()).toEqual([]);
    expect(await page.locator(id('doc-issued-number')).innerText()).toMatch(/01\/GM-CĐCS/);
    await tabTo(id('doc-issued-ok'));
    await page.keyboard.press('Enter');
    await page.locator(id('doc-issued-number')).waitFor({ state: 'hidden' });
    await screenshot(page, 'keyboard-issued');
    expect(errors).toEqual([]);
  });

  it('imports the sample list with the keyboard: file, the «Chức vụ» choice, Confirm, Close', async () => {
    await tabTo(navLink('members'), { back: true });
    await page.keyboard.press('Enter');
    await page.locator(id('member-row')).first().waitFor();
    await tabTo(id('member-import'));
    await page.keyboard.press('Enter');
    await page.locator(id('import-file')).waitFor();
    // Enter on the drop zone opens the system's file chooser (answered here as a user would pick the file). Asked
    // for before the Tabs: Playwright intercepts the chooser only once its listener is set up in the browser.
    const chosen = page.waitForEvent('filechooser');
    await tabTo(`${id('import-file')} [role=button], ${id('import-file')} [tabindex="0"]`);
    await page.keyboard.press('Enter');
    const chooser = await chosen;
    await chooser.setFiles({
      name: 'danh-sach-doan-vien-mau.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: sampleBytes(),
    });
    await page.locator(id('import-dryrun-summary')).waitFor();
    // Column I «Chức vụ» is asked: chosen by typing in its select, Enter to take the option.
    await tabTo(`${id('import-map-I')} input`);
    await page.keyboard.type('chuc danh');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Chức danh công việc' })
      .waitFor();
    await page.keyboard.press('Enter');
    await page.locator(id('import-ambiguous')).waitFor({ state: 'detached' });
    await tabTo(id('import-confirm'));
    await page.keyboard.press('Enter');
    await page.locator(id('import-report')).waitFor();
    expect(await page.locator(id('import-report-counts-imported')).innerText()).toContain(String(SAMPLE_MEMBERS));
    await tabTo(id('import-close'));
    await page.keyboard.press('Enter');
    await page.locator(id('import-report')).waitFor({ state: 'hidden' });
    await page.waitForFunction(
      (sel) => document.querySelector(sel)?.textContent === 'Có 212 đoàn viên',
      id('members-count'),
    );
    expect(errors).toEqual([]);
  });
});
