/**
 * The email as a phone (375 px) and a desktop mail reader (800 px) show it, in Debian's chromium: no sideways
 * scrolling on the phone, the card at its 620 px on the desktop, the bulletin's photo scaled to the column. The
 * screenshots land in test-results/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, screenshot } from '../e2e/helpers';
import type { Register } from '../meetings/helpers';
import { bulletinCore, call, SAMPLE_MD } from './helpers';
import { longBody } from './long-bulletin';

/** A 1200×480 "photo" with a gradient and a caption, as a PNG data: URL. */
async function bannerPng(): Promise<string> {
  const { browser, page } = await launch({ width: 1200, height: 480 });
  try {
    await page.setContent(
      '<body style="margin:0"><div style="width:1200px;height:480px;display:flex;align-items:center;' +
        'justify-content:center;background:linear-gradient(135deg,#0b4f9c,#e8a317);color:#fff;' +
        'font:bold 64px Arial,sans-serif">Hội nghị người lao động 2026</div></body>',
    );
    return `data:image/png;base64,${(await page.screenshot({ type: 'png' })).toString('base64')}`;
  } finally {
    await browser.close();
  }
}

let reg: Register;
let html: string;
let longHtml: string;
beforeAll(async () => {
  reg = await bulletinCore();
  const { id } = await call(reg.core, 'bulletins.create', { markdown: SAMPLE_MD });
  // A photo wider than the card (1200 px, drawn by chromium itself), after the first paragraph.
  const { body } = await call(reg.core, 'bulletins.get', { id });
  const photo = { type: 'image', attrs: { src: await bannerPng(), alt: 'Hội nghị người lao động năm 2026' } };
  body.content.splice(2, 0, photo);
  await call(reg.core, 'bulletins.update', { id, body });
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
          const main = document.querySelector('.main')!;
          const img = main.querySelector('img')!;
          const column = main.clientWidth - parseFloat(getComputedStyle(main).paddingLeft) * 2;
          return {
            card: card.width,
            scroll: document.documentElement.scrollWidth,
            column,
            img: img.getBoundingClientRect().width,
            natural: img.naturalWidth,
            ratio: img.getBoundingClientRect().height / img.getBoundingClientRect().width,
          };
        });
        console.info(`${width} px: card ${box.card} px, image ${box.img} of ${box.column} px, ${shot}`);
        expect(box.scroll).toBeLessThanOrEqual(width);
        expect(box.card).toBe(width < 620 ? width : 620);
        // The photo loaded (the preview's data: URL), filling the column, never wider, its proportions kept.
        expect(box.natural).toBe(1200);
        expect(box.img).toBe(Math.min(box.column, 572));
        expect(box.ratio).toBeCloseTo(480 / 1200, 2);
        expect(await page.getByAltText('Hội nghị người lao động năm 2026').isVisible()).toBe(true);
        expect(await page.getByText('BẢN TIN NỘI BỘ – Số 05 – 07/12/2026').isVisible()).toBe(true);
        expect(await page.textContent('body')).toContain('Kính gửi đồng chí Nguyễn Văn A,');
        expect(errors).toEqual([]);
        // The ten-page one with its 3-column table and its image: still no sideways scrolling.
        await page.setContent(longHtml, { waitUntil: 'load' });
        await screenshot(page, `bulletin-email-long-${width}`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      } finally {
        await browser.close();
      }
    });
  }
});
