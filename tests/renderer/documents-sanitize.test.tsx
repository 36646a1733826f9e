// @vitest-environment jsdom
/**
 * Editor JSON → the allow-listed body the core accepts; the template form's values → docs.create data; the official
 * fields form → OfficialFields; the IME composition guard.
 */
import { Editor } from '@tiptap/core';
import dayjs from 'dayjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { docBody } from '../../src/shared/document-model';
import { isComposing, whenNotComposing } from '../../src/renderer/documents/composing';
import { editorExtensions } from '../../src/renderer/documents/extensions';
import { lines, toFields, toFormValues } from '../../src/renderer/documents/fieldValues';
import { sanitizeBody } from '../../src/renderer/documents/sanitize';
import {
  columnHints,
  exampleHint,
  initialValues,
  itemColumns,
  kindOf,
  toTemplateData,
} from '../../src/renderer/documents/templateData';
import { baseFields, DANH_SACH, GIAY_MOI } from './fakeDocs';

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe('sanitizeBody', () => {
  it('keeps what the model allows and drops unknown attributes (image title, cell align, list type)', () => {
    const body = sanitizeBody({
      type: 'doc',
      content: [
        {
          type: 'heading',
          attrs: { level: 2, textAlign: 'center', id: 'x' },
          content: [{ type: 'text', text: 'Tiêu đề' }],
        },
        {
          type: 'paragraph',
          attrs: { textAlign: null },
          content: [
            {
              type: 'text',
              text: 'Đậm',
              marks: [{ type: 'bold' }, { type: 'link', attrs: { href: 'http://x' } }, { type: 'bold' }],
            },
            { type: 'hardBreak' },
            { type: 'text', text: 'thường' },
          ],
        },
        {
          type: 'orderedList',
          attrs: { start: 3, type: null },
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Một' }] }] }],
        },
        { type: 'image', attrs: { src: PNG, alt: 'Logo', title: 'Tiêu đề ảnh', width: 120, height: null } },
        {
          type: 'table',
          content: [
            {
              type: 'tableRow',
              content: [
                {
                  type: 'tableHeader',
                  attrs: { colspan: 2, rowspan: 1, colwidth: [100, 200], align: 'left' },
                  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Họ tên' }] }],
                },
              ],
            },
            {
              type: 'tableRow',
              content: [{ type: 'tableCell', attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [] }],
            },
          ],
        },
        { type: 'pageBreak' },
      ],
    });
    expect(body).toEqual({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2, textAlign: 'center' }, content: [{ type: 'text', text: 'Tiêu đề' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Đậm', marks: [{ type: 'bold' }] },
            { type: 'hardBreak' },
            { type: 'text', text: 'thường' },
          ],
        },
        {
          type: 'orderedList',
          attrs: { start: 3 },
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Một' }] }] }],
        },
        { type: 'image', attrs: { src: PNG, alt: 'Logo', width: 120 } },
        {
          type: 'table',
          content: [
            {
              type: 'tableRow',
              content: [
                {
                  type: 'tableHeader',
                  attrs: { colspan: 2, rowspan: 1, colwidth: [100, 200] },
                  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Họ tên' }] }],
                },
              ],
            },
            {
              type: 'tableRow',
              content: [{ type: 'tableCell', attrs: { colspan: 1, rowspan: 1 }, content: [{ type: 'paragraph' }] }],
            },
          ],
        },
        { type: 'pageBreak' },
      ],
    });
    expect(docBody.safeParse(body).success).toBe(true);
  });

  it('turns unknown nodes into paragraphs of their text, drops unknown marks, rules and images from the web', () => {
    const body = sanitizeBody({
      type: 'doc',
      content: [
        {
          type: 'blockquote',
          content: [
            {
              type: 'paragraph',
              content: [{ type: 'text', text: 'Trích dẫn', marks: [{ type: 'italic' }, { type: 'strike' }] }],
            },
          ],
        },
        { type: 'codeBlock', attrs: { language: 'js' }, content: [{ type: 'text', text: 'mã nguồn' }] },
        { type: 'horizontalRule' },
        {
          type: 'paragraph',
          content: [
            { type: 'mention', attrs: { id: 1 }, content: [{ type: 'text', text: '@An' }] },
            { type: 'text', text: ' và ', marks: [{ type: 'code' }] },
            { type: 'text', text: 'Bình' },
          ],
        },
        { type: 'image', attrs: { src: 'https://example.com/a.png', alt: 'Ảnh ngoài' } },
        { type: 'image', attrs: { src: 'data:image/gif;base64,R0lGOD' } },
        { type: 'heading', attrs: { level: 5 }, content: [{ type: 'text', text: 'Cấp 5' }] },
      ],
    });
    expect(body.content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Trích dẫn', marks: [{ type: 'italic' }] }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'mã nguồn' }] },
      { type: 'paragraph', content: [{ type: 'text', text: '@An và Bình' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Ảnh ngoài' }] },
      { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Cấp 5' }] },
    ]);
    expect(docBody.safeParse(body).success).toBe(true);
  });

  it('writes Vietnamese as NFC without control characters, and drops trailing empty paragraphs', () => {
    const decomposed = 'Tru\u031Bo\u031B\u0300ng'; // "Trường" typed with combining marks
    const body = sanitizeBody({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: `${decomposed}\u0007` }] },
        { type: 'paragraph' },
        { type: 'paragraph', content: [] },
      ],
    });
    expect(body.content).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'Trường' }] }]);
  });

  it('fixes lists and tables without items, empty list items and empty input', () => {
    expect(sanitizeBody(null)).toEqual({ type: 'doc', content: [] });
    const body = sanitizeBody({
      type: 'doc',
      content: [
        { type: 'bulletList', content: [] },
        { type: 'table', content: [{ type: 'tableRow', content: [] }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [] }] },
        { type: 'text', text: 'lạc' },
      ],
    });
    expect(body.content).toEqual([
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'lạc' }] },
    ]);
    expect(docBody.safeParse(body).success).toBe(true);
  });

  it('makes the real editor’s JSON acceptable to the core: tables, merged cells, images, page breaks, alignment', () => {
    const editor = new Editor({ extensions: editorExtensions('Ngắt trang'), content: '<p>Mở đầu</p>' });
    editor.chain().focus('end').insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run();
    editor.commands.addRowAfter();
    editor.commands.addColumnAfter();
    editor.chain().focus('end').setImage({ src: PNG, alt: 'Con dấu', title: 'Không in' }).run();
    editor.chain().focus('end').insertContent({ type: 'pageBreak' }).run();
    editor
      .chain()
      .focus('end')
      .insertContent({
        type: 'paragraph',
        attrs: { textAlign: 'justify' },
        content: [{ type: 'text', text: 'Căn đều' }],
      })
      .run();
    editor.chain().focus('end').toggleOrderedList().run();
    const raw = editor.getJSON();
    const body = sanitizeBody(raw);
    const parsed = docBody.safeParse(body);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(JSON.stringify(raw)).toContain('"title"');
    expect(JSON.stringify(body)).not.toContain('"title"');
    expect(body.content.map((b) => b.type)).toEqual(
      expect.arrayContaining(['paragraph', 'table', 'image', 'pageBreak', 'orderedList']),
    );
    const table = body.content.find((b) => b.type === 'table');
    expect(table && table.type === 'table' && table.content).toHaveLength(4);
    editor.destroy();

    const merged = new Editor({
      extensions: editorExtensions(''),
      content: '<table><tr><th colspan="2">Họ tên</th></tr><tr><td>An</td><td>Bình</td></tr></table>',
    });
    const mergedBody = sanitizeBody(merged.getJSON());
    expect(docBody.safeParse(mergedBody).success).toBe(true);
    expect(JSON.stringify(mergedBody)).toContain('"colspan":2');
    merged.destroy();
  });
});

describe('template variables → docs.create data', () => {
  it('asks for the non-automatic variables with inputs by type, empty, the examples only as grey hints', () => {
    expect(GIAY_MOI.variables.filter((v) => !v.automatic).map(kindOf)).toEqual(['text', 'text', 'date', 'text']);
    expect(DANH_SACH.variables.map(kindOf)).toEqual(['text', 'money', 'lines', 'items']);
    expect(itemColumns(DANH_SACH.variables[3])).toEqual([
      { key: 'fullName', kind: 'text' },
      { key: 'amount', kind: 'number' },
    ]);
    // Examples reached issued decisions (issue 13): a value never starts as an example.
    expect(initialValues(GIAY_MOI)).toEqual({ invitee: '', 'event.name': '', 'event.date': null, 'event.note': '' });
    expect(initialValues(DANH_SACH)).toEqual({ subject: '', budget: null, notes: '', members: [] });
    const date = GIAY_MOI.variables.find((v) => v.name === 'event.date')!;
    expect(exampleHint(date)).toBe('16/01/2026');
    expect(exampleHint(DANH_SACH.variables[1])).toBe('1.250.000');
    expect(exampleHint(DANH_SACH.variables[2])).toBe('Một\nHai');
    expect(columnHints(DANH_SACH.variables[3])).toEqual({ fullName: 'Nguyễn Văn An', amount: '500.000' });
  });

  it('sends dates as YYYY-MM-DD, lines as lists, tables without empty rows, and leaves empty values out', () => {
    expect(
      toTemplateData(GIAY_MOI, {
        invitee: ' Ông A ',
        'event.name': 'Hội nghị',
        'event.date': dayjs('2026-03-08'),
        'event.note': '  ',
      }),
    ).toEqual({
      invitee: 'Ông A',
      'event.name': 'Hội nghị',
      'event.date': '2026-03-08',
    });
    expect(
      toTemplateData(DANH_SACH, {
        subject: 'Quà Tết',
        budget: 3000000,
        notes: 'Một\n\n  Hai  \n',
        members: [
          { fullName: 'Lê Thị Bình', amount: 300000 },
          { fullName: '', amount: null },
        ],
      }),
    ).toEqual({
      subject: 'Quà Tết',
      budget: 3000000,
      notes: ['Một', 'Hai'],
      members: [{ fullName: 'Lê Thị Bình', amount: 300000 }],
    });
  });
});

describe('official fields form', () => {
  it('round-trips the fields; recipients are lines; missing date or issuer is reported, not sent', () => {
    const f = baseFields({ number: 7 });
    const values = toFormValues(f);
    expect(values.recipients).toBe('Như trên;\nLưu: VT.');
    expect(values.date?.format('DD/MM/YYYY')).toBe('05/02/2026');
    expect(toFields(values, 7)).toEqual({ ok: true, fields: f });
    expect(toFields({ ...values, date: null, issuer: '  ' }, null)).toEqual({ ok: false, missing: ['date', 'issuer'] });
    expect(lines(' a \r\n\r\nb')).toEqual(['a', 'b']);
  });
});

describe('composition guard', () => {
  afterEach(() => vi.useRealTimers());

  function fakeEditor() {
    const dom = document.createElement('div');
    return { view: { composing: false, dom }, isDestroyed: false };
  }

  it('runs at once when nothing is being composed', () => {
    const fn = vi.fn();
    whenNotComposing(fakeEditor(), fn);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(isComposing(null)).toBe(false);
  });

  it('waits for the composition to end (and for the next one, if it starts right away)', () => {
    vi.useFakeTimers();
    const ed = fakeEditor();
    ed.view.composing = true;
    const fn = vi.fn();
    whenNotComposing(ed, fn);
    vi.advanceTimersByTime(5000);
    expect(fn).not.toHaveBeenCalled();
    // The IME starts the next syllable before the check: still waiting.
    ed.view.dom.dispatchEvent(new Event('compositionend'));
    vi.advanceTimersByTime(100);
    expect(fn).not.toHaveBeenCalled();
    ed.view.composing = false;
    ed.view.dom.dispatchEvent(new Event('compositionend'));
    vi.advanceTimersByTime(100);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('can be cancelled', () => {
    vi.useFakeTimers();
    const ed = fakeEditor();
    ed.view.composing = true;
    const fn = vi.fn();
    const cancel = whenNotComposing(ed, fn);
    cancel();
    ed.view.composing = false;
    ed.view.dom.dispatchEvent(new Event('compositionend'));
    vi.advanceTimersByTime(100);
    expect(fn).not.toHaveBeenCalled();
  });
});
