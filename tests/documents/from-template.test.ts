import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/core';
import { call, callErr, initCore } from '../helpers/core';

let core: Core;
beforeAll(async () => {
  ({ core } = await initCore());
  await call(core, 'org.update', {
    place: 'Hà Nội',
    chairName: 'Nguyễn Văn An',
    upperLevelName: 'Công đoàn KCN Thăng Long',
    upperLevelType: 'industrial-zone',
  });
});
afterAll(() => core.close());

describe('documents from templates through the core', () => {
  it('lists every template with its variables', async () => {
    const list = await call(core, 'docs.templates');
    expect(list.length).toBeGreaterThanOrEqual(12);
    for (const id of [
      'bien-ban-hop-bch',
      'nghi-quyet-bch',
      'quyet-dinh-ket-nap',
      'quyet-dinh-khen-thuong',
      'quyet-dinh-chi-ho-tro',
      'ke-hoach',
      'bao-cao',
      'thong-bao',
      'giay-moi',
      'to-trinh',
      'cong-van',
      'danh-sach',
    ])
      expect(list.map((t: any) => t.id)).toContain(id);
    expect(list.every((t: any) => !t.error)).toBe(true);
  });

  it('makes a draft from each template with its example data, filled from the organisation profile', async () => {
    const list = await call(core, 'docs.templates');
    for (const t of list) {
      const data = Object.fromEntries(
        t.variables.filter((v: any) => !v.automatic && v.example !== undefined).map((v: any) => [v.name, v.example]),
      );
      const { doc, model } = await call(core, 'docs.create', { templateId: t.id, data });
      expect(doc.status, t.id).toBe('draft');
      expect(model.fields.issuer).toBe('Công đoàn cơ sở Công ty TNHH Thử Nghiệm');
      expect(model.fields.upperLevel).toBe('Công đoàn KCN Thăng Long');
      expect(model.fields.place).toBe('Hà Nội');
    }
  });

  it('renders Markdown with a "\\phuluc" appendix, and previews a model with appendices (both parsed once, by the core)', async () => {
    const md =
      '---\ntype: QĐ\nsummary: Về việc khen thưởng\n---\n**Điều 1.** Khen thưởng các đoàn viên có tên tại Phụ lục.\n\n\\phuluc Danh sách khen thưởng\n1. Nguyễn Văn An';
    const out = await call(core, 'docs.renderMarkdown', { markdown: md, format: 'txt' });
    const text = Buffer.from(out.base64, 'base64').toString('utf8');
    expect(text).toMatch(
      /Nơi nhận:[^]*\nPhụ lục\nDANH SÁCH KHEN THƯỞNG\n\(Kèm theo Quyết định số \u00a0+\/QĐ-CĐCS ngày [^)]+\)\n\n {4}1\. Nguyễn Văn An/,
    );
    const { model } = await call(core, 'docs.create', { markdown: md });
    expect(model.appendices).toHaveLength(1);
    const html = Buffer.from((await call(core, 'docs.preview', { model, format: 'html' })).base64, 'base64').toString(
      'utf8',
    );
    expect(html).toContain('>DANH SÁCH KHEN THƯỞNG<');
    expect(
      (
        await callErr(core, 'docs.preview', {
          model: { ...model, appendices: [{ body: { type: 'doc', content: [{ type: 'script' }] } }] },
          format: 'html',
        })
      ).code,
    ).toBe('VALIDATION');
  });

  it('names unknown or missing variables in a VALIDATION error', async () => {
    const err = await callErr(core, 'docs.create', { templateId: 'quyet-dinh-chi-ho-tro', data: {} });
    expect(err.code).toBe('VALIDATION');
    expect((await callErr(core, 'docs.create', { templateId: '../etc/passwd' })).code).toBe('NOT_FOUND');
  });
});
