/**
 * The email as a phone (375 px) and a desktop mail reader (800 px) show it, in Debian's chromium: no sideways
 * scrolling on the phone, the card at its 620 px on the desktop. The screenshots land in test-results/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, screenshot } from '../e2e/helpers';
import type { Register } from '../meetings/helpers';
import { bulletinCore, call, SAMPLE_MD } from './helpers';
import { longBody } from './long-bulletin';

let reg: Register;
let html: string;
let longHtml: string;
beforeAll(async () => {
  reg = await bulletinCore();
  const { id } = await call(reg.core, 'bulletins.create', { markdown: SAMPLE_MD });
  const file = await call(reg.core, 'bulletins.render', { id, format: 'email' });
  html = Buffer.from(file.base64, 'base64').toString('utf8');
  const long = await call(reg.core, 'bulletins.create', {
    title: 'Tổng kết năm',
    date: '2026-12-08',
    body: longBody(),
  });
  const longFile = await call(reg.core, 'bulletins.render', { id: long.id, format: 'email' });
  longHtml = Buffer.from(longFile.base64, 'base64').toString('utf8');
}, 60_000);
afterAll(async () => reg.core.close());

describe('bulletin email in chromium', () => {
  for (const width of [375, 800]) {
    it(`fits ${width} px`, { timeout: 120_000 }, async () => {
      const { browser, page, errors } = await launch({ width, height: 800 });
      try {
        await page.setContent(html, { waitUntil: 'load' });
        const shot = await screenshot(page, `bulletin-email-${width}`);
        const box = await page.evaluate(() => {
          const card = document.querySelector('.card')!.getBoundingClientRect();
          return { card: card.width, scroll: document.documentElement.scrollWidth };
        });
        console.info(`${width} px: card ${box.card} px, page ${box.scroll} px, ${shot}`);
        expect(box.scroll).toBeLessThanOrEqual(width);
        expect(box.card).toBe(width < 620 ? width : 620);
        expect(await page.getByText('BẢN TIN NỘI BỘ – Số 05 – 07/12/2026').isVisible()).toBe(true);
        expect(await page.textContent('body')).toContain('Kính gửi đồng chí Nguyễn Văn A,');
        expect(errors).toEqual([]);
        // The ten-page one with its 3-column table and the image note: still no sideways scrolling.
        await page.setContent(longHtml, { waitUntil: 'load' });
        await screenshot(page, `bulletin-email-long-${width}`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      } finally {
        await browser.close();
      }
    });
  }
});
