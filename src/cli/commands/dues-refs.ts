/**
 * What `uniondesk dues …` names on the command line, turned into what the core takes: a member by CCCD number, a
 * union group by name (the core's own rule), an amount in đồng, a year. Unknown ones are NOT_FOUND and malformed
 * ones VALIDATION: both exit 4 with a Vietnamese message.
 */
import type { Member } from '../../shared/members-contract';
import { CliError } from '../io';
import { t } from '../i18n';
import type { Run } from '../session';

/** A whole number of đồng, as typed ("36250", "-5000"); the core checks the sign and the range. */
export function parseAmount(value: string): number {
  const s = value.trim();
  if (!/^-?\d+$/.test(s)) throw new CliError('VALIDATION', t('dues.err.amount', { value }), { value });
  return Number(s);
}

export function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value.trim())) throw new CliError('VALIDATION', t('dues.err.year', { value }), { value });
  return Number(value);
}

/** Members by CCCD number, each through the register's search and then an exact match. */
export async function membersByIdNumber(r: Run, idNumbers: readonly string[]): Promise<Member[]> {
  const out: Member[] = [];
  for (const raw of idNumbers) {
    const idNumber = raw.normalize('NFC').trim();
    const found = await r.call('members.list', { query: idNumber, offset: 0, limit: 100 });
    const m = found.items.find((x) => x.idNumber === idNumber);
    if (!m) throw new CliError('NOT_FOUND', t('dues.err.member', { idNumber }), { idNumber });
    out.push(m);
  }
  return out;
}

export async function memberByIdNumber(r: Run, idNumber: string): Promise<Member> {
  return (await membersByIdNumber(r, [idNumber]))[0];
}

export async function unitIdByName(r: Run, name: string): Promise<string> {
  const { findUnitByName } = await import('../../core/members/units');
  const found = findUnitByName(await r.call('units.list', {}), name);
  const wanted = name.normalize('NFC').trim();
  if (!found) throw new CliError('NOT_FOUND', t('dues.err.unit', { name: wanted }), { name: wanted });
  return found.id;
}

/** `--unit NAME` as the commands' optional scope: `{ unitId }`, or nothing when no group was named. */
export async function unitScope(r: Run, name: string | undefined): Promise<{ unitId?: string }> {
  return name ? { unitId: await unitIdByName(r, name) } : {};
}

/** "a,b , c" → ["a", "b", "c"]. */
export const commaList = (v: string | undefined): string[] =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
