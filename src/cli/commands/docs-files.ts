/** Shared pieces of the `docs` commands: input files, the output format, option values. */
import path from 'node:path';
import { Option } from 'commander';
import { DOC_TYPES, type DocTypeCode } from '../../shared/document-model';
import { foldVi } from '../../shared/text/fold';
import { CliError, usageError } from '../io';
import { t } from '../i18n';
import { MB, readBounded } from '../files';

/** Markdown and --data files: far above any real document (the core takes up to 2 million characters). */
const MAX_TEXT_BYTES = 8 * MB;

export const FORMATS = ['docx', 'pdf', 'html', 'txt'] as const;
export type Format = (typeof FORMATS)[number];

export const formatOption = () => new Option('--format <format>', t('docs.opt.format')).choices(FORMATS);
export const outOption = () => new Option('--out <file>', t('docs.opt.out')).makeOptionMandatory();

/** --format, else the extension of OUT (".htm" counts as html); neither → usage error. */
export function resolveFormat(format: Format | undefined, out: string): Format {
  if (format) return format;
  const ext = path.extname(out).slice(1).toLowerCase();
  const guess = ext === 'htm' ? 'html' : ext;
  if ((FORMATS as readonly string[]).includes(guess)) return guess as Format;
  throw usageError(t('docs.err.badFormat', { file: out }));
}

async function readText(file: string): Promise<string> {
  return readBounded(file, MAX_TEXT_BYTES)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}

/** The Markdown file as UTF-8, in NFC (a decomposed "ệ" from some editors would not match the template's own). */
export async function readMarkdown(file: string): Promise<string> {
  return (await readText(file)).normalize('NFC');
}

const nfcDeep = (v: unknown): unknown =>
  typeof v === 'string'
    ? v.normalize('NFC')
    : Array.isArray(v)
      ? v.map(nfcDeep)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k.normalize('NFC'), nfcDeep(x)]))
        : v;

/** --data: one JSON object of variable values (nested or "a.b" keys); undefined when not given. Bad: exit 4. */
export async function readData(file: string | undefined): Promise<Record<string, unknown> | undefined> {
  if (file === undefined) return undefined;
  const text = await readText(file);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const error = (e as Error).message;
    throw new CliError('VALIDATION', t('docs.err.badJson', { file, error }), [{ path: ['data'], message: error }]);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const message = t('docs.err.notObject', { file });
    throw new CliError('VALIDATION', message, [{ path: ['data'], message }]);
  }
  return nfcDeep(value) as Record<string, unknown>;
}

/** A whole number from an option, or a usage error naming the option. */
export function parseWhole(value: string, what: string): number {
  if (!/^\d{1,9}$/.test(value.trim())) throw usageError(t('docs.err.badNumber', { what, value }));
  return Number(value.trim());
}

/** A real calendar day as YYYY-MM-DD (2026-02-30 is rejected), else VALIDATION (exit 4) naming the option. */
export function parseIsoDate(value: string, what: string): string {
  const v = value.trim();
  const [y, m, d] = v.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  if (
    /^\d{4}-\d{2}-\d{2}$/.test(v) &&
    day.getUTCFullYear() === y &&
    day.getUTCMonth() === m - 1 &&
    day.getUTCDate() === d
  )
    return v;
  const message = t('docs.err.badDate', { value });
  throw new CliError('VALIDATION', message, [{ path: [what], message }]);
}

/** "BB", "bb", "Biên bản", "bien ban" → "BB"; anything else is a usage error listing the types. */
export function parseDocType(value: string): DocTypeCode {
  const f = foldVi(value);
  const hit = DOC_TYPES.find((d) => foldVi(d.code) === f || foldVi(d.name) === f);
  if (!hit)
    throw usageError(
      t('docs.err.badType', { type: value, list: DOC_TYPES.map((d) => `${d.code} (${d.name})`).join(', ') }),
    );
  return hit.code;
}
