/**
 * A template's example values must never reach an issued document (issue 13: a decision was issued for three
 * invented people). The form shows examples only as grey hints; this is the core's own check at "Ban hành", so the
 * CLI, a restored draft or an old draft made when examples were prefilled are refused alike.
 */
import type { DocumentModel } from '../../shared/document-model';
import { AppError } from '../../shared/errors';
import { toText } from './render';
import { readTemplate, templateInfo } from './templates';

/** Shorter examples ("Có", "Tổ 1") could be real values by chance; names and phrases cannot. */
const MIN_LENGTH = 6;

interface ExampleHit {
  name: string;
  label: string;
  value: string;
}

const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Every string inside an example: a text, the lines of a list, the fields of a list's records. */
function exampleStrings(example: unknown): string[] {
  if (typeof example === 'string') return example.split('\n').map(squash);
  if (Array.isArray(example)) return example.flatMap(exampleStrings);
  if (example && typeof example === 'object') return Object.values(example).flatMap(exampleStrings);
  return [];
}

/**
 * `example` stands in `text` as a whole: not as the start of a longer word ("Nguyễn Văn M" is not in "Nguyễn Văn
 * Minh"), so a real value that merely begins like an example is never refused.
 */
function containsWhole(text: string, example: string): boolean {
  const escaped = example.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** The declared variables whose example still shows in the document's text, with the first value found. */
export function examplesLeft(templateText: string, model: DocumentModel): ExampleHit[] {
  const info = templateInfo('template', templateText);
  const text = squash(toText(model));
  const hits: ExampleHit[] = [];
  for (const v of info.variables) {
    if (!v.declared || v.automatic) continue;
    const value = exampleStrings(v.example).find((s) => s.length >= MIN_LENGTH && containsWhole(text, s));
    if (value) hits.push({ name: v.name, label: v.label, value });
  }
  return hits;
}

/** Refuses (VALIDATION) a document made from a template that still holds one of the template's examples. */
export function refuseExamples(templateId: string | null, model: DocumentModel): void {
  const text = templateId ? readTemplate(templateId) : null;
  if (text === null) return; // a blank document, or a template since removed: nothing to compare with
  const hits = examplesLeft(text, model);
  if (!hits.length) return;
  throw new AppError(
    'VALIDATION',
    `Văn bản còn giữ giá trị ví dụ của mẫu, chưa ban hành được: ${hits
      .map((h) => `${h.label} ("${h.value}")`)
      .join('; ')}. Hãy thay bằng nội dung thật.`,
    // The label leads: the editor shows these sentences as they are, beside no form field.
    hits.map((h) => ({ path: ['data', h.name], message: `${h.label}: còn giá trị ví dụ của mẫu "${h.value}"` })),
  );
}
