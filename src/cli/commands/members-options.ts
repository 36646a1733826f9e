/** Shared pieces of the `members` commands: list filters, number options, --map pairs, JSON input files. */
import { Command, Option } from 'commander';
import { MEMBER_STATUSES, type MemberFilters, type MemberStatus } from '../../shared/members-contract';
import { CliError, usageError } from '../io';
import { t } from '../i18n';
import { MB, readBounded, readStdinBounded } from '../files';

export interface FilterOpts {
  status?: string[];
  unit?: string;
  gender?: 'male' | 'female';
  position?: string;
  tag?: string;
  ageMin?: string;
  ageMax?: string;
}

/** Repeatable, comma-separated values: `--status active,suspended --status retired`. */
export const collectList = (value: string, previous: string[] = []) => [
  ...previous,
  ...value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
];

/** The filters of `members list` and `members export`. */
export function addFilterOptions(cmd: Command): Command {
  return cmd
    .option('--status <statuses>', t('members.opt.status', { list: MEMBER_STATUSES.join(', ') }), collectList)
    .option('--unit <name>', t('members.opt.unit'))
    .addOption(new Option('--gender <gender>', t('members.opt.gender')).choices(['male', 'female']))
    .option('--position <text>', t('members.opt.position'))
    .option('--tag <tag>', t('members.opt.tag'))
    .option('--age-min <years>', t('members.opt.ageMin'))
    .option('--age-max <years>', t('members.opt.ageMax'));
}

export function parseStatus(s: string): MemberStatus {
  if (!(MEMBER_STATUSES as readonly string[]).includes(s)) {
    throw usageError(t('members.err.badStatus', { status: s, list: MEMBER_STATUSES.join(', ') }), {
      status: s,
      validStatuses: MEMBER_STATUSES,
    });
  }
  return s as MemberStatus;
}

/** A whole number ≥ 0 from an option, or a usage error naming the option. */
export function parseCount(value: string, what: string): number {
  if (!/^\d+$/.test(value.trim())) throw usageError(t('members.err.badNumber', { what, value }));
  return Number(value.trim());
}

const nfc = (s: string | undefined) => (s === undefined ? undefined : s.normalize('NFC').trim() || undefined);

export function filtersFrom(o: FilterOpts): MemberFilters {
  const f: MemberFilters = {};
  if (o.status?.length) f.status = [...new Set(o.status.map(parseStatus))];
  if (nfc(o.unit)) f.unit = nfc(o.unit);
  if (o.gender) f.gender = o.gender;
  if (nfc(o.position)) f.position = nfc(o.position);
  if (nfc(o.tag)) f.tag = nfc(o.tag);
  if (o.ageMin !== undefined) f.ageMin = parseCount(o.ageMin, '--age-min');
  if (o.ageMax !== undefined) f.ageMax = parseCount(o.ageMax, '--age-max');
  return f;
}

/** `--map A=fullName,B=ignore` (repeatable) → { A: 'fullName', B: 'ignore' }. The core checks the field names. */
export function parseMapping(pairs: string[] | undefined): Record<string, string> | undefined {
  if (!pairs?.length) return undefined;
  const mapping: Record<string, string> = {};
  for (const pair of pairs) {
    // COLUMN is a letter (A, B, …) or the header's own text ("Chức vụ=jobTitle").
    const m = /^\s*([^=]+?)\s*=\s*([A-Za-z]+)\s*$/.exec(pair);
    if (!m) throw usageError(t('members.err.badMap', { pair }));
    const key = /^[A-Za-z]{1,3}$/.test(m[1]) ? m[1].toUpperCase() : m[1].normalize('NFC');
    mapping[key] = m[2];
  }
  return mapping;
}

/** A member as JSON is a few KB; this leaves room for long notes and still refuses a wrong file at once. */
const MAX_JSON_BYTES = 4 * MB;

/** One JSON object from FILE, or from stdin when FILE is "-". Unreadable or not an object: rejected (exit 4). */
export async function readJsonObject(file: string): Promise<Record<string, unknown>> {
  const text = (file === '-' ? await readStdinBounded(MAX_JSON_BYTES) : readBounded(file, MAX_JSON_BYTES)).toString(
    'utf8',
  );
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const error = (e as Error).message;
    throw new CliError('VALIDATION', t('members.err.badJson', { file, error }), [{ path: ['file'], message: error }]);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CliError('VALIDATION', t('members.err.notObject', { file }), [
      { path: ['file'], message: t('members.err.notObject', { file }) },
    ]);
  }
  return value as Record<string, unknown>;
}

/**
 * What `members show --json` prints but nobody writes is dropped, so a shown member can be edited and sent back:
 * timestamps, unitId, history, and `position` (derived from `positions[]`, when that is there too).
 */
const READ_ONLY = ['createdAt', 'updatedAt', 'unitId', 'history'];
export function withoutReadOnly(o: Record<string, unknown>): Record<string, unknown> {
  const drop = Array.isArray(o.positions) ? [...READ_ONLY, 'position'] : READ_ONLY;
  return Object.fromEntries(Object.entries(o).filter(([k]) => !drop.includes(k)));
}
