/**
 * One error for everything wrong with a template and its data, so the officer (or the CLI, exit code 4) hears about
 * every problem at once instead of fixing them one run at a time. It is an AppError with code VALIDATION, so the
 * core's transport and the CLI's exit-code table need nothing new.
 */
import { ZodError } from 'zod';
import { AppError } from '../../../shared/errors';

export interface TemplateProblems {
  /** Required official fields or declared required variables with no value: "summary", "meeting.chair". */
  missing: string[];
  /** {{names}} that are neither declared, automatic (org.*, today, date…) nor in the data. */
  unknown: string[];
  /** Anything else, as ready Vietnamese sentences: bad YAML (with its line), a bad date, an unknown filter. */
  invalid: string[];
  /** 1-based line in the template file, when one place is to blame (bad YAML). */
  line?: number;
}

/** The official fields in words a secretary knows; the keys stay in the error's details for the editor's form. */
const FIELD_WORDS: Record<string, string> = {
  type: 'loại văn bản',
  upperLevel: 'tên công đoàn cấp trên',
  issuer: 'tên công đoàn ban hành',
  place: 'địa danh (nơi ban hành)',
  summary: 'trích yếu (V/v …)',
  'signers[0].name': 'họ tên người ký',
  'org.name': 'tên công đoàn',
};

function fieldWords(name: string): string {
  if (FIELD_WORDS[name]) return FIELD_WORDS[name];
  if (/^signers\[\d+\]\.position$/.test(name)) return 'chức vụ người ký';
  if (/^signers\[\d+\]\.name$/.test(name)) return 'họ tên người ký';
  return name;
}

/** Fields the organisation's profile fills: the secretary is told where to set them. */
const PROFILE_FIELDS = /^(upperLevel|issuer|place|signers\[0\]\.name|org\.)/;

function sentence(p: TemplateProblems): string {
  const parts: string[] = [];
  if (p.missing.length) {
    const words = [...new Set(p.missing.map(fieldWords))].join(', ');
    const where = p.missing.some((n) => PROFILE_FIELDS.test(n)) ? ' (điền ở Cài đặt → Thông tin công đoàn)' : '';
    parts.push(`Thiếu thông tin bắt buộc: ${words}${where}.`);
  }
  if (p.unknown.length) parts.push(`Biến không xác định: ${p.unknown.map((n) => `{{${n}}}`).join(', ')}.`);
  parts.push(...p.invalid);
  return parts.join(' ') || 'Mẫu văn bản không hợp lệ.';
}

export class TemplateError extends AppError {
  readonly missing: string[];
  readonly unknown: string[];
  readonly invalid: string[];
  readonly line?: number;
  constructor(p: Partial<TemplateProblems>) {
    const full: TemplateProblems = {
      missing: [...new Set(p.missing ?? [])],
      unknown: [...new Set(p.unknown ?? [])],
      invalid: [...new Set(p.invalid ?? [])],
      line: p.line,
    };
    super('VALIDATION', sentence(full), {
      missing: full.missing,
      unknown: full.unknown,
      invalid: full.invalid,
      ...(full.line ? { line: full.line } : {}),
    });
    this.name = 'TemplateError';
    this.missing = full.missing;
    this.unknown = full.unknown;
    this.invalid = full.invalid;
    this.line = full.line;
  }
}

/**
 * For the core's handlers: a TemplateError is a VALIDATION AppError already; a zod error from checking the built
 * model (a table wider than the model allows…) becomes one; anything else is a bug and passes through unchanged.
 */
export function toAppError(err: unknown): unknown {
  if (err instanceof ZodError)
    return new TemplateError({
      invalid: err.issues.map((i) => `Nội dung văn bản không hợp lệ (${i.path.join('.') || 'văn bản'}): ${i.message}`),
    });
  return err;
}

/** Collects problems across the steps of a build and throws once at the end. */
export class Problems implements TemplateProblems {
  missing: string[] = [];
  unknown: string[] = [];
  invalid: string[] = [];
  get any(): boolean {
    return this.missing.length + this.unknown.length + this.invalid.length > 0;
  }
  throwIfAny(): void {
    if (this.any) throw new TemplateError(this);
  }
}
