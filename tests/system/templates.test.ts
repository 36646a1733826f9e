/**
 * Every template in resources/templates, filled with its own examples and an organisation profile, through the real
 * clients: the same checks as the fixtures (check-document.ts), one LibreOffice conversion at a time.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, onTestFailed } from 'vitest';
import {
  buildDocument,
  declaredVariables,
  exampleData,
  parseTemplateMarkdown,
} from '../../src/core/documents/templates';
import { SAMPLE_ORG as org, SAMPLE_UPPER_LEVELS as upperLevels } from '../documents/fixtures/org';
import { checkDocument, expectOfficialForm, expectSamePageBreaks } from './check-document';
import { requireTools } from './tools';

const dir = path.resolve(__dirname, '../../resources/templates');
const files = fs.existsSync(dir)
  ? fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.md') && !f.startsWith('_'))
      .sort()
  : [];

describe.skipIf(!inject('systemTier'))('templates through LibreOffice and poppler', () => {
  let out: string;
  let keep = !!process.env.UD_SYSTEM_KEEP;

  beforeAll(() => {
    requireTools();
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'ud-system-templates-'));
  });

  afterAll(() => {
    if (keep) console.log(`system tier files kept in ${out}`);
    else fs.rmSync(out, { recursive: true, force: true });
  });

  it('finds the template files', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  for (const file of files) {
    it(`${file}: the official form survives LibreOffice and poppler`, async () => {
      onTestFailed(() => void (keep = true));
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const data = exampleData(declaredVariables(parseTemplateMarkdown(text).front));
      const model = buildDocument(text, { org, upperLevels, data, today: '2026-02-10' });
      const c = await checkDocument(file.replace(/\.md$/, ''), model, out, { pngs: true });
      expectOfficialForm(c);
      expectSamePageBreaks(c);
    });
  }
});
