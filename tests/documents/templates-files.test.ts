/** Every template shipped in resources/templates: listed, filled with its own examples, valid against the model. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildDocument,
  declaredVariables,
  exampleData,
  loadTemplates,
  parseTemplateMarkdown,
  readTemplate,
  TemplateError,
  templateInfo,
} from '../../src/core/documents/templates';
import { SAMPLE_ORG as org, SAMPLE_UPPER_LEVELS as upperLevels } from './fixtures/org';
import { documentModel, formatDocNumber } from '../../src/shared/document-model';

const dir = path.resolve(__dirname, '../../resources/templates');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.md') && !f.startsWith('_'));
const read = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8');
const examples = (text: string) => exampleData(declaredVariables(parseTemplateMarkdown(text).front));
/** All the text of a body or of the fields, one string (JSON.stringify would show "}}" of its own). */
const plain = (v: unknown): string =>
  typeof v === 'string'
    ? v
    : Array.isArray(v)
      ? v.map(plain).join(' ')
      : v && typeof v === 'object'
        ? Object.entries(v)
            .map(([k, x]) => (k === 'type' || k === 'attrs' ? '' : plain(x)))
            .join(' ')
        : '';

describe('resources/templates', () => {
  it('holds at least the twelve documents a CĐCS issues', () => {
    const ids = loadTemplates(dir).map((t) => t.id);
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
    ]) {
      expect(ids).toContain(id);
    }
    expect(ids).not.toContain('_huong-dan'); // the officers' guide is not a template
  });

  it('every template lists a title, a known type and its variables, without error', () => {
    for (const t of loadTemplates(dir)) {
      expect(t.error, t.id).toBeUndefined();
      expect(t.title, t.id).not.toBe(t.id);
      expect(t.typeName, t.id).toBeTruthy();
      expect(t.variables.length, t.id).toBeGreaterThan(0);
      for (const v of t.variables) {
        expect(v.declared || v.automatic, `${t.id}: {{${v.name}}} is used but not declared in variables`).toBe(true);
        if (v.declared && !v.automatic) expect(v.example, `${t.id}: ${v.name} has no example`).toBeDefined();
      }
    }
  });

  it.each(files)('%s fills with its own examples and the org profile into a valid document', (file) => {
    const text = read(file);
    const model = buildDocument(text, { org, upperLevels, data: examples(text), today: '2026-02-10' });
    expect(() => documentModel.parse(model)).not.toThrow();
    const body = plain(model.body);
    expect(body, 'a placeholder was left').not.toMatch(/\{\{|\}\}/);
    expect(plain(model.fields)).not.toMatch(/\{\{|\}\}/);
    expect(body).not.toMatch(/undefined|null|NaN|\[object/);
    expect(model.fields.issuer).toBe(org.name);
    expect(model.fields.upperLevel).toBe('Công đoàn phường Long Biên');
    expect(model.body.content.length).toBeGreaterThan(0);
    expect(body, 'an official document ends with "./."').toContain('./.');
  });

  it.each(files)('%s reports every required variable at once when the data is empty', (file) => {
    const text = read(file);
    const required = declaredVariables(parseTemplateMarkdown(text).front)
      .filter((d) => d.required)
      .map((d) => d.name);
    const e = (() => {
      try {
        buildDocument(text, { org, data: {}, today: '2026-02-10' });
      } catch (err) {
        return err as TemplateError;
      }
    })();
    expect(e).toBeInstanceOf(TemplateError);
    expect(e!.missing).toEqual(expect.arrayContaining(required));
    expect(e!.unknown).toEqual([]);
    expect(e!.invalid).toEqual([]); // no echo of the same gap ("date {{meeting.date}} is not a date")
  });

  it('the minutes: two signers, present/total, absentees with reasons, votes with %, closing and approval', () => {
    const text = read('bien-ban-hop-bch.md');
    const m = buildDocument(text, { org, data: examples(text) });
    expect(m.fields.type).toBe('BB');
    expect(m.fields.signers.map((s) => s.position)).toEqual(['THƯ KÝ', 'CHỦ TRÌ']);
    const body = plain(m.body);
    for (const s of [
      'vào lúc 14 giờ 00 phút',
      '9/11',
      'Lê Thị A: nghỉ ốm',
      'Chủ trì',
      'Thư ký',
      '8/9 (88,9%)',
      '1/9 (11,1%)',
      'kết thúc vào lúc 16 giờ 30 phút',
      'đọc lại',
      'nhất trí thông qua',
    ])
      expect(body).toContain(s);
  });

  it('the support decision prints the amount in figures and in words', () => {
    const text = read('quyet-dinh-chi-ho-tro.md');
    const body = plain(buildDocument(text, { org, data: examples(text) }).body);
    expect(body).toContain('2.500.000 đồng');
    expect(body).toContain('Hai triệu năm trăm nghìn đồng');
  });

  it('the công văn is numbered without a type code, the admission decision attaches its list on a new page', () => {
    const cv = read('cong-van.md');
    const f = buildDocument(cv, { org, data: examples(cv) }).fields;
    expect(formatDocNumber({ ...f, number: 12 })).toBe('12/CĐCS'); // a CĐCS has no office: no "-VP"
    expect(f.summary).toMatch(/^V\/v /);
    const kn = read('quyet-dinh-ket-nap.md');
    const m = buildDocument(kn, { org, data: { ...examples(kn) }, today: '2026-02-10' });
    // The list "kèm theo" the decision is an appendix after the signature, not a page of the body.
    expect(m.body.content.some((b) => b.type === 'pageBreak' || b.type === 'table')).toBe(false);
    expect(m.appendices?.map((a) => a.title)).toEqual(['Danh sách đoàn viên được kết nạp']);
    const table = m.appendices![0]!.body.content.find((b) => b.type === 'table');
    expect(table && table.type === 'table' && table.content.length).toBe(4); // header + 3 members
  });

  it('the catalogue marks org.* and the dates as automatic and keeps undeclared names visible', () => {
    const info = templateInfo(
      'x',
      '---\ntitle: X\ntype: TB\nvariables:\n  - { name: a, label: A, type: money, example: 5 }\n---\n{{org.name}} {{a|words}} {{b}} {{date.long}} {{today}}\n{{#each rows}}\n{{field}} {{a}}\n{{/each}}',
    );
    expect(info).toMatchObject({ id: 'x', title: 'X', type: 'TB', typeName: 'Thông báo' });
    expect(info.variables.map((v) => [v.name, v.automatic, v.declared, v.required])).toEqual([
      ['a', false, true, true],
      ['org.name', true, false, false],
      ['b', false, false, true],
      ['date', true, false, false],
      ['today', true, false, false],
      ['rows', false, false, true],
    ]);
  });

  it('a broken file is listed with its error instead of hiding the others; ids cannot be paths', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tpl-'));
    fs.writeFileSync(path.join(tmp, 'a.md'), '---\ntitle: A\ntype: TB\n---\nx');
    fs.writeFileSync(path.join(tmp, 'b.md'), '---\ntitle: [\n---\nx');
    fs.writeFileSync(path.join(tmp, '_guide.md'), '# not a template');
    const list = loadTemplates(tmp);
    expect(list.map((t) => [t.id, !!t.error])).toEqual([
      ['a', false],
      ['b', true],
    ]);
    expect(list[1].error).toMatch(/dòng 2/);
    expect(readTemplate('a', tmp)).toContain('title: A');
    expect(readTemplate('../a', tmp)).toBeNull();
    expect(readTemplate('none', tmp)).toBeNull();
    fs.rmSync(tmp, { recursive: true });
  });
});
