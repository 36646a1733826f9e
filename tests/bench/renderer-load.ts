/**
 * Time until the unlock form is usable: Debian chromium (playwright-core) against the real web host and a real
 * locked vault, from navigation start to the passphrase input being visible and enabled (read in the page as
 * `performance.now()`, whose origin is the navigation's start). Optionally with the CPU slowed through CDP.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createCore } from '../../src/core';
import { startWebHost, type WebHost } from '../../src/web/host';
import { launch } from '../e2e/helpers';
import { median, round, tmp } from './util';

export interface LoadCase {
  /** Chromium's CPU slowdown factor (Emulation.setCPUThrottlingRate); 1 = none. */
  cpuSlowdown: number;
  /** Also measure a second tab of the same browser profile (HTTP cache filled by the first). */
  warm: boolean;
}

export interface LoadFigures {
  medianMs: number;
  runsMs: number[];
}

/** A locked vault in a fresh folder and a core on it, shared by every host the bench starts. */
export async function lockedCore() {
  const core = await createCore({ dataDir: tmp('ud-bench-renderer-') });
  await core.invoke('vault.create', { passphrase: 'mật khẩu đo thời gian tải' });
  await core.invoke('vault.lock', {});
  return core;
}

async function usableAfterMs(context: BrowserContext, url: string, cpuSlowdown: number): Promise<number> {
  const page: Page = await context.newPage();
  if (cpuSlowdown !== 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  }
  await page.goto(url, { waitUntil: 'commit' });
  const at = await page.waitForFunction(
    () => {
      const input = document.querySelector<HTMLInputElement>('input[data-testid="unlock-passphrase"]');
      if (!input || input.disabled) return false;
      const box = input.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(input).visibility === 'visible'
        ? performance.now()
        : false;
    },
    undefined,
    { polling: 'raf', timeout: 60_000 },
  );
  const ms = (await at.jsonValue()) as number;
  await page.close();
  return ms;
}

/** Median of `runs` cold loads (a fresh profile each: empty HTTP cache), and of warm loads when asked. */
async function measureCase(browser: Browser, url: string, c: LoadCase, runs: number) {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 768 } });
    cold.push(await usableAfterMs(context, url, c.cpuSlowdown));
    if (c.warm) warm.push(await usableAfterMs(context, url, c.cpuSlowdown));
    await context.close();
  }
  const figures = (xs: number[]): LoadFigures => ({
    medianMs: round(median(xs), 0),
    runsMs: xs.map((x) => round(x, 0)),
  });
  return { cold: figures(cold), ...(c.warm ? { warm: figures(warm) } : {}) };
}

/** Serves `staticDir` from a real web host on the given core and measures each case in one browser. */
export async function unlockFormTimes(
  core: Awaited<ReturnType<typeof lockedCore>>,
  staticDir: string,
  cases: LoadCase[],
  runs: number,
) {
  let host: WebHost | undefined;
  const { browser } = await launch();
  try {
    host = await startWebHost({ dataDir: tmp(), staticDir, core, closeCore: false });
    // One throwaway load: the first page of a fresh browser process pays for its own start-up.
    await measureCase(browser, host.url, { cpuSlowdown: 1, warm: false }, 1);
    const out: Record<string, unknown> = {};
    for (const c of cases) out[`cpu${c.cpuSlowdown}x`] = await measureCase(browser, host.url, c, runs);
    return out;
  } finally {
    await browser.close();
    await host?.close();
  }
}
