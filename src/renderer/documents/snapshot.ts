/**
 * The document as it stands in the form and the editor: the model to send, or what is missing; and a key to compare.
 */
import type { DocumentModel } from '../../shared/document-model';
import type { FieldValues } from './fieldValues';
import { toFields } from './fieldValues';
import { sanitizeBody, type EditorJson } from './sanitize';

export type Snapshot =
  { key: string; model: DocumentModel } | { key: null; model: null; missing: (keyof FieldValues)[] };

export function takeSnapshot(
  values: Partial<FieldValues>,
  editorJson: EditorJson | null,
  number: number | null,
): Snapshot {
  const f = toFields(values, number);
  if (!f.ok) return { key: null, model: null, missing: f.missing };
  const model: DocumentModel = { fields: f.fields, body: sanitizeBody(editorJson) };
  return { key: JSON.stringify(model), model };
}
