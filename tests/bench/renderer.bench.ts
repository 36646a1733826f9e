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

const RUNS = 5;
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

    const unlockFormUsableMs = await unlockFormTimes(
      core,
      RENDERER_OUT,
      [
        { cpuSlowdown: 1, warm: true },
        { cpuSlowdown: 4, warm: true },
      ],
      RUNS,
    );
    const singleUnlockFormUsableMs = await unlockFormTimes(
      core,
      singleDir,
      [
        { cpuSlowdown: 1, warm: false },
        { cpuSlowdown: 4, warm: false },
      ],
      RUNS,
    );
    const coldMedian = (unlockFormUsableMs.cpu1x as { cold: { medianMs: number } }).cold.medianMs;
    return {
      note:
        'bytes: JS files of the build (gzip: zlib level 6); initialJs = entry + what index.html preloads; ' +
        'unlockFormUsableMs: navigation start → passphrase input visible and enabled, real web host, Debian ' +
        'chromium, median of ' +
        RUNS +
        ' runs; cold = fresh profile, warm = second tab of the same profile (immutable assets from cache)',
      shipped,
      singleBundleUnminified: { js: single.js, css: single.css },
      jsRatioShippedToSingle: {
        raw: round(shipped.js.raw / single.js.raw, 3),
        gzip: round(shipped.js.gzip / single.js.gzip, 3),
      },
      initialJsRatioToSingle: round(shipped.initialJs.raw / single.js.raw, 3),
      unlockFormUsableMs,
      singleBundleUnlockFormUsableMs: singleUnlockFormUsableMs,
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
