/**
 * A dues reminder letter made by the real core (from a ledger with a member six months behind) through the real
 * clients: LibreOffice opens its .docx in the official form with the same page breaks as our PDF, and the amounts
 * read back from LibreOffice's rendering are the ledger's.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, onTestFailed } from 'vitest';
import { xlsx } from '../import/fixtures';
import { call, duesCore, SALARIES } from '../dues/files/helpers';
import { checkDocument, expectOfficialForm, expectSamePageBreaks } from './check-document';
import { requireTools } from './tools';

describe.skipIf(!inject('systemTier'))('dues reminder letter through LibreOffice and poppler', () => {
  let out: string;
  let keep = !!process.env.UD_SYSTEM_KEEP;
  let env: Awaited<ReturnType<typeof duesCore>>;

  beforeAll(async () => {
    requireTools();
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'ud-system-dues-'));
    env = await duesCore();
    const base64 = (await xlsx(SALARIES)).toString('base64');
    await call(env.core, 'dues.importSalaries', { fileName: 'luong.xlsx', base64, fromMonth: '2026-01' });
    await call(env.core, 'dues.pay', { month: '2026-01', all: true, method: 'payroll', date: '2026-01-25' });
  });

  afterAll(async () => {
    await env?.core.close();
    if (keep) console.log(`system tier files kept in ${out}`);
    else fs.rmSync(out, { recursive: true, force: true });
  });

  it('nhac-no-doan-phi-6: the official form survives LibreOffice, the amounts read back', async () => {
    onTestFailed(() => void (keep = true));
    const { documentId } = await call(env.core, 'dues.reminder', {
      memberId: env.ids['Trần Thị Bình'],
      asOf: '2026-07',
    });
    const { model } = await call(env.core, 'docs.get', { id: documentId });
    const c = await checkDocument('nhac-no-doan-phi-6', model, out, { pngs: true });
    expectOfficialForm(c);
    expectSamePageBreaks(c);
    const lo = c.lo.text.join('\n').replace(/\s+/g, '');
    expect(lo).toContain('6thángliền(02/2026,03/2026,04/2026,05/2026,06/2026,07/2026)');
    expect(lo).toContain('195.000đồng(bằngchữ:mộttrămchínmươilămnghìnđồng)');
    expect(lo).toContain('hìnhthứckhiểntrách');
  });
});
