/**
 * Real clients on our documents: LibreOffice lays out each .docx (A4, the same page count as our PDF, the masthead's
 * columns side by side, page numbers from page 2), poppler reads our PDFs (embedded Tinos). Conversions run one at
 * a time. First-page images of both PDFs are kept in the run's folder for a person to look at.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, onTestFailed } from 'vitest';
import { closingModel, MODELS } from '../documents/fixtures/models';
import { checkDocument, expectOfficialForm, expectSamePageBreaks, type DocumentCheck } from './check-document';
import { requireTools } from './tools';

/** Long documents may differ by a page (one line's worth of rounding over 20 pages); short ones must not. */
const PAGE_TOLERANCE: Record<string, number> = { longMinutes: 1 };

describe.skipIf(!inject('systemTier'))('documents through LibreOffice and poppler', () => {
  let dir: string;
  const results: DocumentCheck[] = [];

  // The files (docx, both PDFs, first-page PNGs) stay for a person to look at after a failure or with UD_SYSTEM_KEEP=1.
  let keep = !!process.env.UD_SYSTEM_KEEP;

  beforeAll(() => {
    requireTools();
    dir = mkdtempSync(path.join(os.tmpdir(), 'ud-system-docs-'));
  });

  afterAll(() => {
    if (keep) console.log(`system tier files kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  });

  for (const [name, make] of Object.entries(MODELS)) {
    it(`${name}: the official form survives LibreOffice and poppler`, async () => {
      onTestFailed(() => void (keep = true));
      const c = await checkDocument(name, make(), dir, { pngs: name === 'minutes' || name === 'letter' });
      results.push(c);
      expectOfficialForm(c, { pageTolerance: PAGE_TOLERANCE[name] ?? 0 });
      expectSamePageBreaks(c);
    });
  }

  // A body whose closing paragraph lands at the foot of page 1, for several lengths: the paragraph travels with the
  // signature in both (never a signature alone on a page), and long paragraphs split on the same line in both.
  for (const k of [9, 13]) {
    it(`closing paragraph with ${k} paragraphs before it: same breaks, signature not alone`, async () => {
      onTestFailed(() => void (keep = true));
      const c = await checkDocument(`closing-${k}`, closingModel(k), dir);
      expectOfficialForm(c);
      expectSamePageBreaks(c);
      const last = c.ours.text.at(-1)!;
      expect(last.replace(/\s+/g, '')).toContain('Quyếtđịnhnàycóhiệulực');
      expect(last.replace(/\s+/g, '')).toContain('TM.BANCHẤPHÀNH');
    });
  }

  it('lays the 20-page minutes out in 20 pages in both, and reports the figures', () => {
    const long = results.find((r) => r.name === 'longMinutes');
    expect(long, 'the longMinutes check ran').toBeDefined();
    expect(long!.ours.pages).toBeGreaterThanOrEqual(19);
    expect(long!.ours.pages).toBeLessThanOrEqual(21);
    console.log(
      JSON.stringify(
        results.map((r) => ({
          name: r.name,
          pages: { ours: r.ours.pages, libreOffice: r.lo.pages },
          ms: Object.fromEntries(Object.entries(r.ms).map(([k, v]) => [k, Math.round(v)])),
        })),
        null,
        1,
      ),
    );
  });
});
