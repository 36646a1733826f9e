/**
 * `uniondesk elections tally --file ELECTION.json [--minutes FILE.docx|.pdf]`: the vote count (kiểm phiếu) and its
 * Biên bản. It touches no data, so it opens the core without unlocking it: no passphrase needed, as for `docs
 * render` (with one, the organisation profile fills the minutes' header).
 */
import path from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import type { CommandInput, CommandOutput } from '../../shared/contract';
import { CliError, usageError } from '../io';
import { getLang, t } from '../i18n';
import { formatSize, table } from '../format';
import { forceOption, MB, outputFile, readBounded, saveDelivered, type OutputFile } from '../files';
import { action } from '../session';
import type { CliFace } from '../face';
import { electionsStrings } from './elections-strings';
import { unlockIfPossible } from './docs';
import { registerBallots, registerList } from './elections-recorded';

/** 100 000 ballots of a few names each fit well below this. */
const MAX_ELECTION_BYTES = 32 * MB;

type Tally = CommandOutput<'elections.tally'>;
type TallyInput = CommandInput<'elections.tally'>;
/** The count, and which ballots it took half of (the table names them; the JSON is the count alone). */
interface Counted {
  tally: Tally;
  denominator: TallyInput['denominator'];
  minutes?: { path: string; bytes: number };
}
type MinutesInput = CommandInput<'elections.minutes'>;
type Election = MinutesInput;

/** Fields of ELECTION.json that only the minutes read; the count itself is strict and would refuse them. */
const MINUTES_ONLY = [
  'title',
  'electing',
  'convened',
  'present',
  'date',
  'place',
  'counters',
  'upperLevel',
  'issuer',
  'locality',
] as const;

function countPart(e: Election): TallyInput {
  const rest: Record<string, unknown> = { ...e };
  for (const k of [...MINUTES_ONLY, 'format']) delete rest[k];
  return rest as unknown as TallyInput;
}

/** The minutes' file: its format from the extension (.docx or .pdf), checked before any work. */
function minutesTarget(file: string, force?: boolean): { out: OutputFile; format: MinutesInput['format'] } {
  const ext = path.extname(file).slice(1).toLowerCase();
  if (ext !== 'docx' && ext !== 'pdf') throw usageError(t('elections.err.minutesFormat', { file }));
  return { out: outputFile(file, force), format: ext };
}

/** ELECTION.json as one JSON object; its fields are checked by the core (VALIDATION, exit 4), not here. */
export function readElection(file: string): Election {
  const text = readBounded(file, MAX_ELECTION_BYTES)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const message = t('elections.err.badJson', { file, error: (e as Error).message });
    throw new CliError('VALIDATION', message, [{ path: [], message }]);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const message = t('elections.err.notObject', { file });
    throw new CliError('VALIDATION', message, [{ path: [], message }]);
  }
  return value as Election;
}

const percentText = (p: number) => (getLang() === 'vi' ? p.toFixed(2).replace('.', ',') : p.toFixed(2));

/** The figures of the count, then one row per candidate in rank order. */
function tallyTable({ tally: r, denominator, minutes }: Counted): string {
  const figures: [string, number][] = [
    [t('elections.row.issued'), r.issued],
    [t('elections.row.collected'), r.collected],
    [t('elections.row.valid'), r.valid],
    [t('elections.row.invalid'), r.invalid],
    [t('elections.row.threshold', { of: t(`elections.of.${denominator}`) }), r.threshold],
  ];
  const width = Math.max(...figures.map(([label]) => [...label].length));
  const outcome = (c: Tally['results'][number]) =>
    t(c.tie ? 'elections.tie' : c.elected ? 'elections.elected' : 'elections.notElected');
  const candidates = table(
    [
      t('elections.col.rank'),
      t('elections.col.name'),
      t('elections.col.votes'),
      t('elections.col.percent'),
      t('elections.col.outcome'),
    ],
    r.results.map((c, i) => [String(i + 1), c.name, String(c.votes), percentText(c.percent), outcome(c)]),
  );
  return [
    ...figures.map(([label, n]) => `${label}${' '.repeat(width - [...label].length)}  ${n}`),
    '',
    candidates,
    ...(minutes ? ['', t('elections.minutesWritten', { path: minutes.path, size: formatSize(minutes.bytes) })] : []),
  ].join('\n');
}

function registerElections(program: Command): void {
  const elections = program.command('elections').description(t('elections.description'));

  elections
    .command('tally')
    .description(t('elections.tally.description'))
    .addOption(new Option('--file <file>', t('elections.tally.file')).makeOptionMandatory())
    .option('--minutes <file>', t('elections.tally.minutes'))
    .addOption(forceOption())
    .addHelpText('after', t('elections.tally.after'))
    .action(
      action({
        open: 'core',
        input: (_ctx, o: { file: string; minutes?: string; force?: boolean }) => ({
          // The target first: a refused name or format costs nothing.
          target: o.minutes === undefined ? null : minutesTarget(o.minutes, o.force),
          election: readElection(o.file),
        }),
        // The core checks the election and counts it (shared/elections/tally.ts): bad input is VALIDATION, exit 4.
        run: async (r, { target, election }): Promise<Counted> => {
          const tally = await r.call('elections.tally', countPart(election));
          if (!target) return { tally, denominator: election.denominator };
          await unlockIfPossible(r.ctx, r.core);
          const file = await r.call('elections.minutes', { ...election, format: target.format });
          return { tally, denominator: election.denominator, minutes: saveDelivered(target.out, file) };
        },
        json: (counted) => (counted.minutes ? { ...counted.tally, minutes: counted.minutes } : counted.tally),
        show: tallyTable,
      }),
    );

  registerList(elections);
  registerBallots(elections);
}

/** `uniondesk elections`: its strings and its commands, one entry of faces.ts. */
export const electionsCli = {
  name: 'elections',
  strings: electionsStrings,
  register: registerElections,
} satisfies CliFace;
