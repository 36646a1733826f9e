import { describe, expect, it } from 'vitest';
import {
  markdownToBody,
  markdownToDocument,
  parseTemplateMarkdown,
  TemplateError,
} from '../../src/core/documents/templates';
import { type BlockNode, docBody } from '../../src/shared/document-model';

const blocks = (md: string) => markdownToBody(md).content;
const para = (text: string, marks?: string[]): BlockNode => ({
  type: 'paragraph',
  content: [
    marks ? { type: 'text', text, marks: marks.map((type) => ({ type: type as 'bold' })) } : { type: 'text', text },
  ],
});

describe('markdownToBody', () => {
  it('headings (h4+ become level 3) and paragraphs', () => {
    expect(blocks('# Một\n\n## Hai\n\n#### Bốn\n\nĐoạn văn.')).toEqual([
      { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Một' }] },
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Hai' }] },
      { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Bốn' }] },
      para('Đoạn văn.'),
    ]);
  });

  it('bold, italic, ++underline++ and combinations; __x__ stays bold as in all Markdown', () => {
    const [p] = blocks('**đậm** *nghiêng* ++gạch chân++ ++**cả hai**++ __đậm__ a++b');
    expect(p).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'đậm', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' ' },
        { type: 'text', text: 'nghiêng', marks: [{ type: 'italic' }] },
        { type: 'text', text: ' ' },
        { type: 'text', text: 'gạch chân', marks: [{ type: 'underline' }] },
        { type: 'text', text: ' ' },
        { type: 'text', text: 'cả hai', marks: [{ type: 'bold' }, { type: 'underline' }] },
        { type: 'text', text: ' ' },
        { type: 'text', text: 'đậm', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' a++b' },
      ],
    });
  });

  it('hard breaks from two trailing spaces or a backslash; a plain newline is a space', () => {
    const [p] = blocks('một  \nhai\\\nba\nbốn');
    expect(p).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'một' },
        { type: 'hardBreak' },
        { type: 'text', text: 'hai' },
        { type: 'hardBreak' },
        { type: 'text', text: 'ba bốn' },
      ],
    });
  });

  it('nested bullet and numbered lists, with the start number kept', () => {
    const [ul, ol] = blocks('- a\n  - a1\n    1. sâu\n- b\n\n3. ba\n4. bốn');
    expect(ul).toEqual({
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [
            para('a'),
            {
              type: 'bulletList',
              content: [
                {
                  type: 'listItem',
                  content: [
                    para('a1'),
                    { type: 'orderedList', content: [{ type: 'listItem', content: [para('sâu')] }] },
                  ],
                },
              ],
            },
          ],
        },
        { type: 'listItem', content: [para('b')] },
      ],
    });
    expect(ol).toMatchObject({
      type: 'orderedList',
      attrs: { start: 3 },
      content: [{ content: [para('ba')] }, { content: [para('bốn')] }],
    });
  });

  it('pipe tables: the first row is tableHeader, alignment kept, "\\|" is a literal pipe', () => {
    const [t] = blocks('| STT | Họ và tên | Tiền |\n|:---:|---|--:|\n| 1 | A \\| B | **500** |');
    expect(t).toEqual({
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableHeader',
              content: [
                { type: 'paragraph', attrs: { textAlign: 'center' }, content: [{ type: 'text', text: 'STT' }] },
              ],
            },
            { type: 'tableHeader', content: [para('Họ và tên')] },
            {
              type: 'tableHeader',
              content: [
                { type: 'paragraph', attrs: { textAlign: 'right' }, content: [{ type: 'text', text: 'Tiền' }] },
              ],
            },
          ],
        },
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableCell',
              content: [{ type: 'paragraph', attrs: { textAlign: 'center' }, content: [{ type: 'text', text: '1' }] }],
            },
            { type: 'tableCell', content: [para('A | B')] },
            {
              type: 'tableCell',
              content: [
                {
                  type: 'paragraph',
                  attrs: { textAlign: 'right' },
                  content: [{ type: 'text', text: '500', marks: [{ type: 'bold' }] }],
                },
              ],
            },
          ],
        },
      ],
    });
  });

  it('a header row of empty cells means a table without a header; empty cells hold an empty paragraph', () => {
    const [t] = blocks('| | |\n|---|---|\n| a | |');
    expect(t).toEqual({
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            { type: 'tableCell', content: [para('a')] },
            { type: 'tableCell', content: [{ type: 'paragraph' }] },
          ],
        },
      ],
    });
  });

  it('a line holding only \\pagebreak is a page break, even right under a paragraph', () => {
    expect(blocks('Trang một\n\\pagebreak\nTrang hai')).toEqual([
      para('Trang một'),
      { type: 'pageBreak' },
      para('Trang hai'),
    ]);
    expect(blocks('x \\pagebreak')).toEqual([para('x \\pagebreak')]);
  });

  it('->text<- centres a paragraph or a heading', () => {
    expect(blocks('->**QUYẾT ĐỊNH:**<-\n\n## ->Tiêu đề<-')).toEqual([
      {
        type: 'paragraph',
        attrs: { textAlign: 'center' },
        content: [{ type: 'text', text: 'QUYẾT ĐỊNH:', marks: [{ type: 'bold' }] }],
      },
      { type: 'heading', attrs: { level: 2, textAlign: 'center' }, content: [{ type: 'text', text: 'Tiêu đề' }] },
    ]);
  });

  it('raw HTML is never passed through: it stays visible text', () => {
    const body = markdownToBody('<script>alert(1)</script>\n\nChữ <b>đậm</b> <u>x</u>\n\n<div onclick="x">y</div>');
    expect(body.content).toEqual([
      para('<script>alert(1)</script>'),
      para('Chữ <b>đậm</b> <u>x</u>'),
      para('<div onclick="x">y</div>'),
    ]);
    expect(JSON.stringify(body)).not.toMatch(/"type":"(html|script)/);
  });

  it('no code blocks: indented lines are paragraphs; links keep their text only; rules are dropped; quotes flattened', () => {
    expect(blocks('    Lùi đầu dòng bốn dấu cách')).toEqual([para('Lùi đầu dòng bốn dấu cách')]);
    expect(blocks('Xem [trang](https://example.com) `mã`')).toEqual([para('Xem trang mã')]);
    expect(blocks('a\n\n***\n\n> trích')).toEqual([para('a'), para('trích')]);
  });

  it('embedded PNG/JPEG images become image blocks; remote images keep only their alt text', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(blocks(`![Con dấu](${png})`)).toEqual([{ type: 'image', attrs: { src: png, alt: 'Con dấu' } }]);
    expect(blocks('![ảnh ngoài](https://example.com/a.png)')).toEqual([para('ảnh ngoài')]);
  });

  it('every result passes the allow-list schema', () => {
    const md = '# T\n\n- a\n  1. b\n\n| x | y |\n|---|---|\n| 1 | 2 |\n\n\\pagebreak\n\n++u++ **b** *i*  \nz';
    expect(() => docBody.parse(markdownToBody(md))).not.toThrow();
  });
});

describe('markdownToDocument: appendices', () => {
  it('a line "\\phuluc [name]" starts an appendix; the next one starts another; the body is what comes before', () => {
    const md =
      'Thân.\n\\phuluc Danh sách đoàn viên\n| STT | Họ và tên |\n|---|---|\n| 1 | An |\n\n\\Phụ lục: Quy định\nĐoạn.\n\n\\phuluc\n- a';
    const d = markdownToDocument(md);
    expect(d.body.content).toEqual([para('Thân.')]);
    expect(d.appendices!.map((a) => a.title)).toEqual(['Danh sách đoàn viên', 'Quy định', undefined]);
    expect(d.appendices![0].body.content[0].type).toBe('table');
    expect(d.appendices![1].body.content).toEqual([para('Đoạn.')]);
    expect(d.appendices![2].body.content[0].type).toBe('bulletList');
    expect('title' in d.appendices![2]).toBe(false);
    expect(markdownToBody(md)).toEqual(d.body);
  });

  it('no marker, no appendices; "\\phulucx" is text; a marker inside a list is refused in words', () => {
    expect(markdownToDocument('a\n\n\\pagebreak')).toEqual({ body: markdownToBody('a\n\n\\pagebreak') });
    expect(markdownToDocument('\\phulucx').body.content).toEqual([para('\\phulucx')]);
    expect(() => markdownToDocument('- a\n\n  \\phuluc Tên')).toThrow(/phải đứng riêng ở đầu dòng/);
  });
});

describe('parseTemplateMarkdown', () => {
  it('splits YAML front matter from the body; placeholders may be unquoted; CRLF and BOM are fine', () => {
    const text =
      '\uFEFF---\r\n# ghi chú\r\ntype: BB\r\nissuer: {{org.name}}\r\nsummary: "Họp {{meeting.subject}}"\r\nsigners:\r\n  - name: {{meeting.chair}}\r\n---\r\nThân {{x}}\r\n';
    const { front, body, bodyLine } = parseTemplateMarkdown(text);
    expect(front).toEqual({
      type: 'BB',
      issuer: '{{org.name}}',
      summary: 'Họp {{meeting.subject}}',
      signers: [{ name: '{{meeting.chair}}' }],
    });
    expect(body).toBe('Thân {{x}}\n');
    expect(bodyLine).toBe(9);
  });

  it('without front matter the whole text is the body', () => {
    expect(parseTemplateMarkdown('# Chỉ có thân')).toEqual({ front: {}, body: '# Chỉ có thân', bodyLine: 1 });
  });

  it('bad YAML: a Vietnamese TemplateError naming the line of the file', () => {
    const text = '---\ntype: BB\nsigners:\n  - name: A\n   position: B\n---\nthân';
    const err = (() => {
      try {
        parseTemplateMarkdown(text);
      } catch (e) {
        return e;
      }
    })() as TemplateError;
    expect(err).toBeInstanceOf(TemplateError);
    expect(err.code).toBe('VALIDATION');
    expect(err.line).toBe(5);
    expect(err.message).toMatch(/^Lỗi cú pháp YAML ở phần đầu, dòng 5:/);
  });

  it('an unclosed front matter or one that is not a mapping is refused', () => {
    expect(() => parseTemplateMarkdown('---\ntype: BB\n')).toThrow(/không có dòng "---" đóng lại/);
    expect(() => parseTemplateMarkdown('---\n- a\n- b\n---\n')).toThrow(/khóa: giá trị/);
  });
});
