/**
 * Member screens show the core's own sentence where it says more than the error code: an illegal status change
 * (CONFLICT "Không thể chuyển trạng thái từ …"), a group that still has members, an unreadable import file.
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
    // A bare "Dữ liệu không hợp lệ." with issues: name them.
    if (issues.length && err.code === 'VALIDATION') return `${t('errors.VALIDATION')} ${issues.map((i) => issueText(t, i)).join('; ')}`;
    return err.message;
  }
  return errorText(t, err);
}

/**
 * Puts VALIDATION issues under the form's fields (paths like ["idNumber"] or ["positions", "0", "title"]) and
 * returns what could not be placed, as one sentence (null when everything found its field).
 */
export function showFormErrors(t: TFunction, form: FormInstance, err: unknown, fieldNames: readonly string[]): string | null {
  const issues = issuesOf(err);
  if (!issues.length) return detailText(t, err);
  const byPath = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const unplaced: string[] = [];
  for (const issue of issues) {
    const name = issue.path.map((p) => (typeof p === 'string' && /^\d+$/.test(p) ? Number(p) : p));
    const text = issueText(t, issue);
    if (!fieldNames.includes(String(name[0]))) {
      unplaced.push(text);
      continue;
    }
    const key = JSON.stringify(name);
    const entry = byPath.get(key) ?? { name, errors: [] };
    entry.errors.push(text);
    byPath.set(key, entry);
  }
  form.setFields([...byPath.values()]);
  if (unplaced.length) return `${t('errors.VALIDATION')} ${unplaced.join('; ')}`;
  return byPath.size ? null : t('errors.VALIDATION');
}
