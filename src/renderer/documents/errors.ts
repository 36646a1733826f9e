/**
 * Document screens show the core's own sentence where it says more than the error code (a template's missing
 * variables, "Văn bản đã ban hành không đổi được loại văn bản", an unknown document), and put VALIDATION issues under
 * the form's fields. Issue paths may carry a prefix ("fields" in docs.save / docs.issue): it is taken off.
 */
import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { CallError } from '../api/call';
import { errorText, issuesOf, issueText } from '../api/errors';
import { isDisconnectedDetails } from '../transport/types';

const SPECIFIC = ['CONFLICT', 'VALIDATION', 'NOT_FOUND'];

export function detailText(t: TFunction, err: unknown): string {
  if (err instanceof CallError && SPECIFIC.includes(err.code) && err.message && !isDisconnectedDetails(err.details)) {
    const issues = issuesOf(err);
    if (issues.length && err.code === 'VALIDATION') return `${t('errors.VALIDATION')} ${issues.map((i) => issueText(t, i)).join('; ')}`;
    return err.message;
  }
  return errorText(t, err);
}

const toPath = (p: (string | number)[]) => p.map((x) => (typeof x === 'string' && /^\d+$/.test(x) ? Number(x) : x));

/**
 * Puts VALIDATION issues (paths like ["fields", "signers", "0", "name"]) under the form's fields and returns what could
 * not be placed as one sentence; null when everything found its field. Not a VALIDATION error: its sentence.
 */
export function showFieldErrors(t: TFunction, form: FormInstance, err: unknown, fieldNames: readonly string[], prefix?: string): string | null {
  const issues = issuesOf(err);
  if (!issues.length) return detailText(t, err);
  const byPath = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const unplaced: string[] = [];
  for (const issue of issues) {
    let path = toPath(issue.path);
    if (prefix && path[0] === prefix) path = path.slice(1);
    const text = issueText(t, issue);
    if (!path.length || !fieldNames.includes(String(path[0])) || (prefix && toPath(issue.path)[0] !== prefix)) {
      unplaced.push(text);
      continue;
    }
    const key = JSON.stringify(path);
    const entry = byPath.get(key) ?? { name: path, errors: [] };
    entry.errors.push(text);
    byPath.set(key, entry);
  }
  form.setFields([...byPath.values()]);
  if (unplaced.length) return `${t('errors.VALIDATION')} ${unplaced.join('; ')}`;
  return null;
}
