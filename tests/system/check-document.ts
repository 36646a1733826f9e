/**
 * One document through the real clients: our .docx opened and laid out by LibreOffice, our PDF read by poppler.
 * `checkDocument` gathers the facts; `expectOfficialForm` asserts the form on them. Feed it any model — the fixtures
 * today, every template file (resources/templates/*.md through the template loader) later:
 *
 *   for (const t of templates) it(t.name, async () => expectOfficialForm(await checkDocument(t.name, t.model, dir)));
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { docView, toDocx, toPdf, type DocView } from '../../src/core/documents/render';
import type { DocumentModel } from '../../src/shared/document-model';
import { libreOfficeToPdf, pageToPng, pdfFonts, pdfInfo, pdfLayoutText, type PdfFont, type PdfInfo } from './office';

export interface DocumentCheck {
  name: string;
  view: DocView;
  files: { docx: string; pdf: string; loPdf: string; pngs: string[] };
  ms: { docx: number; pdf: number; libreOffice: number };
  ours: PdfInfo & { fonts: PdfFont[]; text: string[] };
  lo: PdfInfo & { text: string[] };
}

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .replace(/[^\w.-]+/g, '-');

/** Renders, converts with LibreOffice (sequentially: call it from one test at a time) and reads both PDFs back. */
export async function checkDocument(
  name: string,
  model: DocumentModel,
  dir: string,
  opts: { pngs?: boolean } = {},
): Promise<DocumentCheck> {
  const base = path.join(dir, slug(name));
  let t = performance.now();
  const docxBytes = await toDocx(model);
  const docxMs = performance.now() - t;
  t = performance.now();
  const pdfBytes = await toPdf(model);
  const pdfMs = performance.now() - t;
  const files = { docx: `${base}.docx`, pdf: `${base}.ours.pdf`, loPdf: '', pngs: [] as string[] };
  writeFileSync(files.docx, docxBytes);
  writeFileSync(files.pdf, pdfBytes);
  t = performance.now();
  files.loPdf = await libreOfficeToPdf(files.docx, dir);
  const loMs = performance.now() - t;
  if (opts.pngs)
    files.pngs = [
      await pageToPng(files.pdf, `${base}.ours-p1`),
      await pageToPng(files.loPdf, `${base}.libreoffice-p1`),
    ];
  return {
    name,
    view: docView(model),
    files,
    ms: { docx: docxMs, pdf: pdfMs, libreOffice: loMs },
    ours: { ...(await pdfInfo(files.pdf)), fonts: await pdfFonts(files.pdf), text: await pdfLayoutText(files.pdf) },
    lo: { ...(await pdfInfo(files.loPdf)), text: await pdfLayoutText(files.loPdf) },
  };
}

const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, '');

/** The line of `page` holding `needle` (compared without spaces: pdftotext may add or drop them). */
const lineWith = (page: string, needle: string) => page.split('\n').find((l) => squash(l).includes(squash(needle)));

/** What LibreOffice's rendering of our .docx and poppler's reading of our PDF must show. */
export function expectOfficialForm(c: DocumentCheck, opts: { pageTolerance?: number } = {}): void {
  const where = `${c.name} (${c.files.docx})`;
  for (const info of [c.ours, c.lo]) {
    expect(info.paper, where).toBe('A4');
    expect(info.width, where).toBeCloseTo(595.3, 0);
    expect(info.height, where).toBeCloseTo(841.9, 0);
  }
  expect(
    Math.abs(c.lo.pages - c.ours.pages),
    `${where}: LibreOffice ${c.lo.pages} pages, ours ${c.ours.pages}`,
  ).toBeLessThanOrEqual(opts.pageTolerance ?? 0);

  // The masthead's two columns sit side by side: the first left-column line shares a text line with the national
  // name, and the number shares one with the date line (long issuer names wrap, so only the first line is compared).
  for (const [who, text] of [
    ['LibreOffice', c.lo.text],
    ['ours', c.ours.text],
  ] as const) {
    const p1 = text[0];
    const nation = lineWith(p1, c.view.nation);
    expect(nation, `${where} ${who}: no line with the national name`).toBeDefined();
    const left = squash(nation!.slice(0, nation!.indexOf(c.view.nation.slice(0, 4))));
    expect(left.length, `${where} ${who}: nothing left of the national name`).toBeGreaterThan(3);
    expect(
      squash(c.view.upperLevel || c.view.issuer).startsWith(left),
      `${where} ${who}: "${left}" left of the national name`,
    ).toBe(true);
    const number = lineWith(p1, c.view.numberLine.replace(/\u00a0/g, ' '));
    expect(
      number && squash(number).includes(squash(c.view.dateLine)),
      `${where} ${who}: number and date not on one line`,
    ).toBe(true);
    if (c.view.title) expect(squash(p1), `${where} ${who}`).toContain(squash(c.view.title));
  }

  // Page numbers: centred at the top from page 2 on, none on page 1.
  for (const [who, text] of [
    ['LibreOffice', c.lo.text],
    ['ours', c.ours.text],
  ] as const) {
    const firstLine = (page: string) =>
      page
        .split('\n')
        .find((l) => l.trim())!
        .trim();
    expect(firstLine(text[0]), `${where} ${who}: page 1`).not.toMatch(/^\d+$/);
    text.slice(1).forEach((page, i) => expect(firstLine(page), `${where} ${who}: page ${i + 2}`).toBe(String(i + 2)));
  }

  // Our PDF embeds its fonts (Tinos), every one of them.
  expect(c.ours.fonts.length, where).toBeGreaterThan(0);
  for (const f of c.ours.fonts) {
    expect(f.embedded, `${where}: ${f.name} not embedded`).toBe(true);
    expect(f.name, where).toMatch(/^[A-Z]{6}\+Tinos/);
  }
}

/**
 * Stricter than the page count: every page holds the same text in LibreOffice's layout of our .docx as in our PDF,
 * i.e. Word-style and pdfmake line and page breaking agree. Compared as the sorted characters of each page (page
 * number aside), so the order in which a table's cells are read, or a cell's own wrapping, does not matter.
 */
export function expectSamePageBreaks(c: DocumentCheck): void {
  const pages = (text: string[]) =>
    text.map((page, i) => {
      const lines = page.split('\n').filter((l) => l.trim());
      const body = i === 0 ? lines : lines.slice(1);
      return { start: squash(body[0] ?? '').slice(0, 30), chars: [...squash(body.join(''))].sort().join('') };
    });
  const lo = pages(c.lo.text);
  const ours = pages(c.ours.text);
  expect(lo.length, `${c.name}: pages`).toBe(ours.length);
  lo.forEach((p, i) =>
    expect(
      p.chars === ours[i].chars,
      `${c.name}: page ${i + 1} holds other text (LibreOffice starts "${p.start}", ours "${ours[i].start}")`,
    ).toBe(true),
  );
}
