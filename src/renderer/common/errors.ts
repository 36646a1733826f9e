/**
 * Turning core errors into translated text, and VALIDATION details (zod issues) into per-field messages.
 * One copy for every screen: the vault and settings forms, the members and documents pages.
 */
import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { CallError } from '../api/call';
import { isDisconnectedDetails } from '../transport/types';

export interface Issue {
  path: (string | number)[];
  message?: string;
  code?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
}

/** The translated sentence for an error. `overrides` maps a code to a translation key for this context. */
export function errorText(t: TFunction, err: unknown, overrides: Record<string, string> = {}): string {
  if (!(err instanceof CallError)) return t('errors.INTERNAL');
  if (isDisconnectedDetails(err.details)) return t('errors.DISCONNECTED');
  const key = overrides[err.code] ?? `errors.${err.code}`;
  return t(key, { defaultValue: t('errors.INTERNAL') });
}

export function issuesOf(err: unknown): Issue[] {
  if (!(err instanceof CallError) || err.code !== 'VALIDATION') return [];
  const d = err.details as unknown;
  const list = Array.isArray(d)
    ? d
    : Array.isArray((d as { issues?: unknown })?.issues)
      ? (d as { issues: unknown[] }).issues
      : [];
  return list.filter((i): i is Issue => typeof i === 'object' && i !== null && Array.isArray((i as Issue).path));
}

export function issueText(t: TFunction, issue: Issue): string {
  switch (issue.code) {
    case 'too_small':
      if (issue.minimum !== undefined) return t('validation.tooShort', { min: Number(issue.minimum) });
      break;
    case 'too_big':
      if (issue.maximum !== undefined) return t('validation.tooLong', { max: Number(issue.maximum) });
      break;
    case 'invalid_format':
      if (issue.format === 'email') return t('validation.email');
      break;
  }
  return issue.message || t('validation.invalid');
}

export interface FieldErrors {
  /** Field name → translated messages. */
  fields: Record<string, string[]>;
  /** What could not be placed under a field (shown near the submit button). */
  general: string | null;
}

/**
 * Splits an error into messages under fields and one general message.
 * `fieldFor` maps an error code to the field it belongs to (e.g. WRONG_SECRET → the passphrase field).
 */
export function fieldErrors(
  t: TFunction,
  err: unknown,
  fieldNames: readonly string[],
  fieldFor: Record<string, string> = {},
  overrides: Record<string, string> = {},
): FieldErrors {
  const fields: Record<string, string[]> = {};
  const code = err instanceof CallError ? err.code : 'INTERNAL';
  if (code === 'VALIDATION') {
    const unplaced: string[] = [];
    for (const issue of issuesOf(err)) {
      const name = String(issue.path[0] ?? '');
      const text = issueText(t, issue);
      if (fieldNames.includes(name)) (fields[name] ??= []).push(text);
      else unplaced.push(text);
    }
    const placed = Object.keys(fields).length > 0;
    const general = unplaced.length
      ? `${t('errors.VALIDATION')} ${unplaced.join('; ')}`
      : placed
        ? null
        : t('errors.VALIDATION');
    return { fields, general };
  }
  const text = errorText(t, err, overrides);
  const target = fieldFor[code];
  if (target && fieldNames.includes(target)) return { fields: { [target]: [text] }, general: null };
  return { fields, general: text };
}

/** Puts each field's errors under its field; returns what belongs to no field (for the form's Alert). */
export function placeFieldErrors(
  form: { setFields(fields: { name: never; errors: string[] }[]): void },
  fe: FieldErrors,
): string | null {
  form.setFields(Object.entries(fe.fields).map(([name, errors]) => ({ name: name as never, errors })));
  return fe.general;
}

// Error codes whose core sentence says more than the code ("Không thể chuyển trạng thái từ …", a missing template).
const SPECIFIC = ['CONFLICT', 'VALIDATION', 'NOT_FOUND'];

/**
 * The core's own sentence where it says more than the error code (an illegal status change, a group that still
 * has members, a template's missing variables); a bare VALIDATION with issues names them. Otherwise `errorText`.
 */
export function detailText(t: TFunction, err: unknown): string {
  if (err instanceof CallError && SPECIFIC.includes(err.code) && err.message && !isDisconnectedDetails(err.details)) {
    const issues = issuesOf(err);
    if (issues.length && err.code === 'VALIDATION') {
      return `${t('errors.VALIDATION')} ${issues.map((i) => issueText(t, i)).join('; ')}`;
    }
    return err.message;
  }
  return errorText(t, err);
}

// zod paths carry list indexes as strings ("0"); antd form names want numbers.
const toPath = (p: (string | number)[]) => p.map((x) => (typeof x === 'string' && /^\d+$/.test(x) ? Number(x) : x));

/**
 * Puts VALIDATION issues under the form's fields, nested paths included (["positions", "0", "title"]), and returns
 * what could not be placed as one sentence; null when everything found its field. Not a VALIDATION error: its
 * sentence (`detailText`). `prefix` is the key the command nests the form under ("fields" in docs.save): it is taken
 * off, and an issue outside it is not the form's.
 */
export function showFieldErrors(
  t: TFunction,
  form: FormInstance,
  err: unknown,
  fieldNames: readonly string[],
  prefix?: string,
): string | null {
  const issues = issuesOf(err);
  if (!issues.length) return detailText(t, err);
  const byPath = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const unplaced: string[] = [];
  for (const issue of issues) {
    const full = toPath(issue.path);
    const path = prefix ? (full[0] === prefix ? full.slice(1) : []) : full;
    const text = issueText(t, issue);
    if (!path.length || !fieldNames.includes(String(path[0]))) {
      unplaced.push(text);
      continue;
    }
    const key = JSON.stringify(path);
    const entry = byPath.get(key) ?? { name: path, errors: [] };
    entry.errors.push(text);
    byPath.set(key, entry);
  }
  form.setFields([...byPath.values()]);
  return unplaced.length ? `${t('errors.VALIDATION')} ${unplaced.join('; ')}` : null;
}
