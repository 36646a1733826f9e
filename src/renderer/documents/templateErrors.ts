/** The core's VALIDATION answer for a template (TemplateError details): which names are missing, unknown, invalid. */
import { CallError } from '../api/call';

export interface TemplateProblems {
  missing: string[];
  unknown: string[];
  invalid: string[];
}

const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);

export function templateProblems(err: unknown): TemplateProblems | null {
  if (!(err instanceof CallError) || err.code !== 'VALIDATION') return null;
  const d = err.details as Record<string, unknown> | null | undefined;
  if (!d || typeof d !== 'object' || Array.isArray(d) || !('missing' in d)) return null;
  return { missing: strings(d.missing), unknown: strings(d.unknown), invalid: strings(d.invalid) };
}
