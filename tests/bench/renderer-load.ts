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

const figures = (xs: number[]): LoadFigures => ({ medianMs: round(median(xs), 0), runsMs: xs.map((x) => round(x, 0)) });

/** One sample: a cold load in a fresh profile (empty HTTP cache), then a warm one in a second tab when asked. */
async function sample(browser: Browser, url: string, c: LoadCase, into: { cold: number[]; warm: number[] }) {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 768 } });
  try {
    into.cold.push(await usableAfterMs(context, url, c.cpuSlowdown));
    if (c.warm) into.warm.push(await usableAfterMs(context, url, c.cpuSlowdown));
  } finally {
    await context.close();
  }
}

/**
 * Serves each build (name → static folder) from its own real web host on the given core and measures every case
 * `runs` times in one browser. The samples are taken round-robin (build × case, then again), so that the load of a
 * shared machine falls on every figure alike; each figure is the median of its samples.
 */
export async function unlockFormTimes(
  core: Awaited<ReturnType<typeof lockedCore>>,
  builds: Record<string, string>,
  cases: LoadCase[],
  runs: number,
): Promise<Record<string, Record<string, { cold: LoadFigures; warm?: LoadFigures }>>> {
  const hosts: WebHost[] = [];
  const { browser } = await launch();
  try {
    const names = Object.keys(builds);
    for (const name of names)
      hosts.push(await startWebHost({ dataDir: tmp(), staticDir: builds[name], core, closeCore: false }));
    // One throwaway load each: the first pages of a fresh browser process pay for its own start-up.
    for (const host of hosts) await sample(browser, host.url, { cpuSlowdown: 1, warm: false }, { cold: [], warm: [] });
    const samples = names.map(() => cases.map(() => ({ cold: [] as number[], warm: [] as number[] })));
    for (let i = 0; i < runs; i++)
      for (const [b, host] of hosts.entries())
        for (const [k, c] of cases.entries()) await sample(browser, host.url, c, samples[b][k]);
    return Object.fromEntries(
      names.map((name, b) => [
        name,
        Object.fromEntries(
          cases.map((c, k) => [
            `cpu${c.cpuSlowdown}x`,
            { cold: figures(samples[b][k].cold), ...(c.warm ? { warm: figures(samples[b][k].warm) } : {}) },
          ]),
        ),
      ]),
    );
  } finally {
    await browser.close();
    for (const host of hosts) await host.close();
  }
}
