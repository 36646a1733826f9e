/**
 * A bulletin written as Markdown (the CLI's FILE.md): front matter `title`, `issue`, `date`, then the body, read by
 * the documents engine's own front-matter and Markdown → body code.
 */
import type { DocBody } from '../../shared/document-model';
import { markdownToBody, parseTemplateMarkdown, TemplateError } from '../documents/templates';

export interface BulletinMarkdown {
  title?: string;
  issueNumber?: number;
  date?: string;
  body: DocBody;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const VN_DAY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** 2026-12-07 or 07/12/2026 (as officers write it); YAML may also hand over a Date. */
function dayOf(v: unknown): string | null {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  const s = String(v).trim();
  if (ISO_DAY.test(s)) return s;
  const m = VN_DAY.exec(s);
  return m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : null;
}

export function parseBulletinMarkdown(markdown: string): BulletinMarkdown {
  const { front, body } = parseTemplateMarkdown(markdown.normalize('NFC'));
  const invalid: string[] = [];
  const out: BulletinMarkdown = { body: markdownToBody(body) };
  if (front.title !== undefined && front.title !== null) out.title = String(front.title).trim();
  if (front.issue !== undefined && front.issue !== null) {
    const n = Number(String(front.issue).trim());
    if (Number.isInteger(n) && n >= 1 && n <= 100_000) out.issueNumber = n;
    else invalid.push(`Số bản tin (issue) "${String(front.issue)}" phải là một số nguyên dương.`);
  }
  if (front.date !== undefined && front.date !== null) {
    const day = dayOf(front.date);
    if (day) out.date = day;
    else invalid.push(`Ngày (date) "${String(front.date)}" phải viết dạng 2026-12-07 hoặc 07/12/2026.`);
  }
  if (invalid.length) throw new TemplateError({ invalid });
  return out;
}
