/**
 * A document made from a template through the real core, issued, and read back in both layouts: our PDF and the
 * .docx as LibreOffice lays it out (pdftotext -layout, one string per page). The files stay in a temporary folder,
 * kept when a test fails or UD_SYSTEM_KEEP is set.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, onTestFailed } from 'vitest';
import type { Core } from '../../src/core';
import { call, initCore } from '../helpers/core';
import { libreOfficeToPdf, pdfLayoutText } from './office';
import { requireTools } from './tools';

export const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, '');

export type Layouts = ReadonlyArray<readonly ['ours' | 'LibreOffice', string[]]>;

/** Registers the suite's core (with the union's profile) and its output folder; call inside `describe`. */
export function issuingSuite(name: string, profile: { chairName: string }) {
  let out = '';
  let keep = !!process.env.UD_SYSTEM_KEEP;
  let core: Core | undefined;

  beforeAll(async () => {
    requireTools();
    out = mkdtempSync(path.join(os.tmpdir(), `ud-system-${name}-`));
    ({ core } = await initCore());
    await call(core, 'org.update', {
      place: 'Hà Nội',
      upperLevelName: 'Công đoàn KCN Thăng Long',
      upperLevelType: 'industrial-zone',
      ...profile,
    });
  });

  afterAll(() => {
    core?.close();
    if (keep) console.log(`system tier files kept in ${out}`);
    else rmSync(out, { recursive: true, force: true });
  });

  /** Creates, issues on `date` and renders the document; its pages in both layouts. */
  async function issueAndRead(templateId: string, data: Record<string, unknown>, date: string): Promise<Layouts> {
    onTestFailed(() => void (keep = true));
    const c = core!;
    const { doc } = await call(c, 'docs.create', { templateId, data });
    await call(c, 'docs.issue', { id: doc.id, date });
    const file = async (format: 'pdf' | 'docx') => {
      const f = path.join(out, `${name}.${format}`);
      writeFileSync(f, Buffer.from((await call(c, 'docs.render', { id: doc.id, format })).base64, 'base64'));
      return f;
    };
    const ours = await pdfLayoutText(await file('pdf'));
    const lo = await pdfLayoutText(await libreOfficeToPdf(await file('docx'), out));
    return [
      ['ours', ours],
      ['LibreOffice', lo],
    ];
  }

  return { issueAndRead };
}
