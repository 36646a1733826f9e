/** `uniondesk org show|set`: the organisation profile. */
import type { Command } from 'commander';
import { ORG_KEYS, type CommandInput, type OrgProfile, type UpperLevelRecord } from '../../shared/contract';
import { usageError } from '../io';
import { t, type MsgKey } from '../i18n';
import { formatDate } from '../format';
import { action } from '../session';
import type { CliFace } from '../face';
import { orgStrings } from './org-strings';

function registerOrg(program: Command): void {
  const org = program.command('org').description(t('org.description'));

  org
    .command('show')
    .description(t('org.show.description'))
    .action(
      action({
        run: ({ call }) => call('org.get', {}),
        // JSON: the profile's fields at the top level, plus the upper-level history.
        json: (v) => ({ ...(v.profile ?? {}), upperLevels: v.upperLevels }),
        show: (v) => showProfile(v.profile, v.upperLevels),
      }),
    );

  org
    .command('set')
    .description(t('org.set.description'))
    .argument('<pairs...>', t('org.set.pairs', { keys: ORG_KEYS.join(', ') }))
    .action(
      action({
        input: (_ctx, pairs: string[]) => parsePairs(pairs),
        run: ({ call }, patch) => call('org.update', patch),
        show: (profile) => `${t('org.saved')}\n${showProfile(profile, [])}`,
      }),
    );
}

/** KEY=VALUE pairs → a profile patch. Values are NFC-normalised; an empty upperLevelType means "none". */
export function parsePairs(pairs: string[]): CommandInput<'org.update'> {
  const patch: Record<string, string | number | null> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw usageError(t('org.badPair', { pair }));
    const key = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).normalize('NFC');
    if (!(ORG_KEYS as string[]).includes(key)) {
      throw usageError(t('org.badKey', { key, keys: ORG_KEYS.join(', ') }), { key, validKeys: ORG_KEYS });
    }
    if (key === 'workerCount') patch[key] = wholeNumber(value);
    else patch[key] = key === 'upperLevelType' && value.trim() === '' ? null : value;
  }
  // The core's schema checks the values (an unknown upperLevelType is a VALIDATION error, exit 4).
  return patch as CommandInput<'org.update'>;
}

/**
 * A count field: digits (dots or spaces as thousands separators allowed) become a number, empty clears it;
 * anything else goes as typed, for the core's schema to refuse (a bad value: VALIDATION, exit 4).
 */
function wholeNumber(value: string): number | string | null {
  const digits = value.trim().replace(/[.\s]/g, '');
  if (digits === '') return null;
  return /^\d{1,9}$/.test(digits) ? Number(digits) : value;
}

function showProfile(profile: OrgProfile | null, upperLevels: UpperLevelRecord[]): string {
  if (!profile) return t('org.none');
  const labels = ORG_KEYS.map((k) => t(`org.field.${k}` as MsgKey));
  const width = Math.max(...labels.map((l) => [...l].length));
  const lines = ORG_KEYS.map((k, i) => `${labels[i].padEnd(width)}  ${profile[k] ?? ''}`);
  if (upperLevels.length > 0) {
    lines.push('', t('org.upperLevels'));
    for (const u of upperLevels)
      lines.push(`  ${t('org.from')} ${formatDate(u.validFrom)}: ${u.name}${u.type ? ` (${u.type})` : ''}`);
  }
  return lines.join('\n');
}

/** `uniondesk org`: its strings and its commands, one entry of faces.ts. */
export const orgCli = { name: 'org', strings: orgStrings, register: registerOrg } satisfies CliFace;
