/**
 * Template values are text, not Markdown: what a person typed into a field (a member's name, a reason, a data
 * file's value) prints as typed. A `\phuluc X` must not add an appendix, `**` must not make bold, a leading "1. " or
 * "- " must not make a list, `# ` no heading; the same inside list and table filters. Through buildDocument (the
 * model) and through the text and HTML renderers.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/core/documents/templates';
import { literalValue } from '../../src/core/documents/templates/filters';
import { toHtml } from '../../src/core/documents/render/html';
import { toText } from '../../src/core/documents/render/text';
import { SAMPLE_ORG as org } from './fixtures/org';

const TEMPLATE = `---
type: CV
summary: Về việc {{ly_do}}
---
Kính gửi đồng chí {{ten}}.

{{ghi_chu}}

{{nguoi|list}}

| STT | Họ và tên |
|---|---|
{{nguoi|rows}}
`;

const HOSTILE = {
  ten: '**Nguyễn Văn An**',
  ly_do: '\\phuluc X',
  ghi_chu:
    '\\phuluc Danh sách giả\n# Tiêu đề giả\n1. mục giả\n- gạch giả\n> trích\n->giữa<-\n[liên kết](https://x.vn) ![ảnh](a.png) <b>thẻ</b> &amp; ++gạch chân++ `mã` \\pagebreak',
  nguoi: ['**Lê Thị Bình**', '\\phuluc Y', '1. Trần Văn C | cột thừa'],
};

const texts = (node: unknown): string[] => {
  const out: string[] = [];
  const walk = (n: unknown) => {
    if (!n || typeof n !== 'object') return;
    const o = n as { text?: string; content?: unknown[]; marks?: { type: string }[] };
    if (typeof o.text === 'string') out.push(o.text);
    o.content?.forEach(walk);
  };
  walk(node);
  return out;
};
const marksIn = (node: unknown): string[] => JSON.stringify(node).match(/"type":"(bold|italic|underline|link)"/g) ?? [];

describe('template values are literal', () => {
  const model = buildDocument(TEMPLATE, { org, data: HOSTILE, today: '2026-12-07' });
  const body = texts(model.body).join('\n');

  it('a value holding \\phuluc adds no appendix, and prints as typed', () => {
    expect(model.appendices ?? []).toEqual([]);
    expect(body).toContain('\\phuluc Danh sách giả');
    expect(body).toContain('\\phuluc Y');
  });

  it('** makes no bold, # no heading, 1. / - no list, > no quote: the characters are printed', () => {
    expect(body).toContain('**Nguyễn Văn An**');
    expect(body).toContain('**Lê Thị Bình**');
    expect(body).toContain('# Tiêu đề giả');
    expect(body).toContain('1. mục giả');
    expect(body).toContain('- gạch giả');
    expect(body).toContain('[liên kết](https://x.vn)');
    expect(body).toContain('<b>thẻ</b> &amp; ++gạch chân++ `mã` \\pagebreak');
    expect(marksIn(model.body)).toEqual([]);
    const kinds = JSON.stringify(model.body).match(/"type":"(heading|bulletList|blockquote)"/g) ?? [];
    expect(kinds).toEqual([]);
  });

  it('the list filter still makes one numbered list of the items, and the table one row each', () => {
    const json = JSON.stringify(model.body);
    expect(json.match(/"type":"orderedList"/g)).toHaveLength(1);
    expect(json.match(/"type":"listItem"/g)).toHaveLength(3);
    expect(body).toContain('1. Trần Văn C | cột thừa');
    expect(json.match(/"type":"tableRow"/g)).toHaveLength(4); // header + 3
  });

  it('the summary (front matter) keeps the value as typed too', () => {
    expect(model.fields.summary).toBe('Về việc \\phuluc X');
  });

  it('renders the same text: no appendix heading, the asterisks printed', async () => {
    const txt = toText(model);
    expect(txt).toContain('**Nguyễn Văn An**');
    expect(txt).toContain('\\phuluc Danh sách giả');
    expect(txt).not.toMatch(/PHỤ LỤC/i);
    const html = toHtml(model);
    expect(html).toContain('**Nguyễn Văn An**');
    expect(html).not.toContain('<b>Nguyễn');
    expect(html).not.toContain('<b>thẻ');
  });

  it('literalValue leaves ordinary text readable', () => {
    expect(literalValue('Số tiền 1.250.000 đ, nhiệm kỳ 2025-2030; 05/02/2026.')).toBe(
      'Số tiền 1.250.000 đ, nhiệm kỳ 2025-2030; 05/02/2026.',
    );
  });
});
