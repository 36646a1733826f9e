/**
 * A template file = YAML front matter between "---" lines + a Markdown body.
 *
 * Officers will write `issuer: {{org.name}}` without quotes, which YAML reads as a flow mapping (or rejects).
 * So every {{…}} is swapped for an inert token before YAML sees the text and swapped back inside the parsed
 * strings afterwards: placeholders work quoted or not, and line numbers in YAML errors stay right.
 */
import { parseDocument } from 'yaml';
import { TemplateError } from './errors';

export interface ParsedTemplate {
  /** The front matter as parsed (placeholders still in the strings); {} when the file has none. */
  front: Record<string, unknown>;
  body: string;
  /** 1-based line of the file where the body starts (for messages). */
  bodyLine: number;
}

const PLACEHOLDER = /\{\{[^{}\n]*\}\}/g;
// U+27E6/27E7 cannot start a YAML indicator and never occur in Vietnamese text.
const TOKEN = /⟦(\d+)⟧/g;

function restore(v: unknown, saved: string[]): unknown {
  if (typeof v === 'string') return v.replace(TOKEN, (_, i: string) => saved[Number(i)]);
  if (Array.isArray(v)) return v.map((x) => restore(x, saved));
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [restore(k, saved) as string, restore(x, saved)]));
  return v;
}

export function parseTemplateMarkdown(text: string): ParsedTemplate {
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = src.split('\n');
  if (lines[0].trim() !== '---') return { front: {}, body: src, bodyLine: 1 };
  const end = lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
  if (end < 0)
    throw new TemplateError({
      invalid: ['Phần đầu (front matter) mở bằng "---" ở dòng 1 nhưng không có dòng "---" đóng lại.'],
      line: 1,
    });

  const saved: string[] = [];
  const yamlText = lines
    .slice(1, end)
    .join('\n')
    .replace(PLACEHOLDER, (m) => `⟦${saved.push(m) - 1}⟧`);
  const doc = parseDocument(yamlText, { prettyErrors: true, uniqueKeys: true });
  const err = doc.errors[0];
  if (err) {
    // +1 for the opening "---" line: the officer counts lines of the file, not of the YAML.
    const line = (err.linePos?.[0].line ?? 1) + 1;
    const reason = err.message.split('\n')[0].replace(TOKEN, (_, i: string) => saved[Number(i)]);
    throw new TemplateError({ invalid: [`Lỗi cú pháp YAML ở phần đầu, dòng ${line}: ${reason}`], line });
  }
  const front = restore(doc.toJS() ?? {}, saved);
  if (typeof front !== 'object' || front === null || Array.isArray(front)) {
    throw new TemplateError({ invalid: ['Phần đầu (front matter) phải là các cặp "khóa: giá trị".'], line: 2 });
  }
  return { front: front as Record<string, unknown>, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
}
