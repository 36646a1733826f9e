/**
 * `uniondesk elections tally --file ELECTION.json`: the vote count (kiểm phiếu). It touches no data, so it opens the
 * core without unlocking it: no passphrase needed, as for `docs render`.
 */
import type { Command } from 'commander';
import { Option } from 'commander';
import type { CommandInput, CommandOutput } from '../../shared/contract';
import { CliError } from '../io';
import { getLang, t } from '../i18n';
import { table } from '../format';
import { MB, readBounded } from '../files';
import { action } from '../session';
import type { CliFace } from '../face';
import { electionsStrings } from './elections-strings';

/** 100 000 ballots of a few names each fit well below this. */
const MAX_ELECTION_BYTES = 32 * MB;

type Tally = CommandOutput<'elections.tally'>;
type TallyInput = CommandInput<'elections.tally'>;
/** The count, and which ballots it took half of (the table names them; the JSON is the count alone). */
interface Counted {
  tally: Tally;
  denominator: TallyInput['denominator'];
}

/** ELECTION.json as one JSON object; its fields are checked by the core (VALIDATION, exit 4), not here. */
function readElection(file: string): TallyInput {
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
  return value as TallyInput;
}

const percentText = (p: number) => (getLang() === 'vi' ? p.toFixed(2).replace('.', ',') : p.toFixed(2));

/** The figures of the count, then one row per candidate in rank order. */
function tallyTable({ tally: r, denominator }: Counted): string {
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
  ].join('\n');
}

function registerElections(program: Command): void {
  const elections = program.command('elections').description(t('elections.description'));

  elections
    .command('tally')
    .description(t('elections.tally.description'))
    .addOption(new Option('--file <file>', t('elections.tally.file')).makeOptionMandatory())
    .addHelpText('after', t('elections.tally.after'))
    .action(
      action({
        open: 'core',
        input: (_ctx, o: { file: string }) => readElection(o.file),
        // The core checks the election and counts it (shared/elections/tally.ts): bad input is VALIDATION, exit 4.
        run: async ({ call }, election): Promise<Counted> => ({
          tally: await call('elections.tally', election),
          denominator: election.denominator,
        }),
        json: (counted) => counted.tally,
        show: tallyTable,
      }),
    );
}

/** `uniondesk elections`: its strings and its commands, one entry of faces.ts. */
export const electionsCli = {
  name: 'elections',
  strings: electionsStrings,
  register: registerElections,
} satisfies CliFace;
