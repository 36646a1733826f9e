/**
 * Renderer loading (issue 14 "Loading"): the built renderer's JS size (raw and gzipped), its entry and up-front
 * chunks, the editor chunk, and the time until the unlock form is usable in Chromium over the real web host
 * (median of RUNS, unthrottled and with 4× CPU slowdown). Beside it, in the same run, the old shape: the same
 * sources as one unminified script. Target: the unlock form usable in under a second unthrottled.
 */
import { rmSync } from 'node:fs';
import { buildAsConfigured, buildSingleBundle, rendererSizes, RENDERER_OUT } from './renderer-build';
import { lockedCore, unlockFormTimes } from './renderer-load';
import { round, tmp, type Suite } from './util';

const RUNS = 7;
const TARGET_MS = 1000;

export const rendererBench: Suite = async () => {
  const kdf = process.env.UNIONDESK_TEST_KDF;
  process.env.UNIONDESK_TEST_KDF = 'fast'; // creating the bench's vault is not what is measured
  const singleDir = tmp('ud-bench-single-');
  const core = await lockedCore();
  try {
    await buildAsConfigured();
    await buildSingleBundle(singleDir);
    const shipped = rendererSizes(RENDERER_OUT);
    const single = rendererSizes(singleDir);

    const times = await unlockFormTimes(
      core,
      { shipped: RENDERER_OUT, singleBundleUnminified: singleDir },
      [
        { cpuSlowdown: 1, warm: true },
        { cpuSlowdown: 4, warm: true },
      ],
      RUNS,
    );
    const coldMedian = times.shipped.cpu1x.cold.medianMs;
    return {
      note:
        'bytes: JS files of the build (gzip: zlib level 6); initialJs = entry + what index.html preloads; ' +
        'unlockFormUsableMs: navigation start → passphrase input visible and enabled, real web host, Debian ' +
        'chromium, median of ' +
        RUNS +
        ' runs taken round-robin; cold = fresh profile, warm = second tab of the same profile (HTTP and code ' +
        "cache filled; the single bundle is served with today's cache headers too)",
      shipped,
      singleBundleUnminified: { js: single.js, css: single.css },
      jsRatioShippedToSingle: {
        raw: round(shipped.js.raw / single.js.raw, 3),
        gzip: round(shipped.js.gzip / single.js.gzip, 3),
      },
      initialJsRatioToSingle: round(shipped.initialJs.raw / single.js.raw, 3),
      unlockFormUsableMs: times,
      targetMs: TARGET_MS,
      meetsTarget: coldMedian < TARGET_MS,
    };
  } finally {
    await core.close();
    rmSync(singleDir, { recursive: true, force: true });
    if (kdf === undefined) delete process.env.UNIONDESK_TEST_KDF;
    else process.env.UNIONDESK_TEST_KDF = kdf;
  }
};
