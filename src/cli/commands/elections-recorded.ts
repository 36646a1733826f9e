/**
 * Recorded elections from the command line. `uniondesk elections list [--meeting ID]`: the elections in the vault.
 * `uniondesk elections ballots --file ELECTION.json --per-page 1|2|4 --out FILE.pdf|.docx`: records the election
 * described in the file in the vault (elections.create: it then appears on the app's Bầu cử page, ready for the
 * ballots to be entered) and prints its ballot papers (elections.ballotPapers), one A4 sheet of `perPage` copies.
 * So it needs the passphrase; the id of the new election is printed (and is in --json).
 */
import path from 'node:path';
import { type Command, Option } from 'commander';
import type { CommandInput } from '../../shared/contract';
import { formatSize, table } from '../format';
import { forceOption, outputFile, type OutputFile, saveDelivered } from '../files';
import { t } from '../i18n';
import { usageError } from '../io';
import { action } from '../session';
import { readElection } from './elections';

type Create = CommandInput<'elections.create'>;
const PER_PAGE = ['1', '2', '4'] as const;

interface Opts {
  file: string;
  perPage: (typeof PER_PAGE)[number];
  out: string;
  force?: boolean;
}

/** The file's format from its extension, checked before any work. */
function target(file: string, force?: boolean): { out: OutputFile; format: 'pdf' | 'docx' } {
  const ext = path.extname(file).slice(1).toLowerCase();
  if (ext !== 'docx' && ext !== 'pdf') throw usageError(t('elections.err.ballotsFormat', { file }));
  return { out: outputFile(file, force), format: ext };
}

/**
 * ELECTION.json as `elections tally` reads it (candidates as names, in any order: the ballot sorts them), plus
 * "electing" and optionally "body" and "meetingId"; a candidate may also be {"name", "memberId"}. The core checks
 * every field (VALIDATION, exit 4).
 */
function toCreate(e: Record<string, unknown>): Create {
  const candidates = Array.isArray(e.candidates)
    ? e.candidates.map((c: unknown) => (typeof c === 'string' ? { name: c } : c))
    : e.candidates;
  const pick = (k: string) => (e[k] === undefined ? {} : { [k]: e[k] });
  return {
    body: 'other',
    ...pick('body'),
    ...pick('meetingId'),
    ...pick('electing'),
    ...pick('seats'),
    ...pick('denominator'),
    ...pick('issued'),
    ...pick('collected'),
    candidates,
  } as Create;
}

export function registerBallots(elections: Command): void {
  elections
    .command('ballots')
    .description(t('elections.ballots.description'))
    .addOption(new Option('--file <file>', t('elections.ballots.file')).makeOptionMandatory())
    .addOption(new Option('--per-page <n>', t('elections.ballots.perPage')).choices([...PER_PAGE]).default('1'))
    .requiredOption('--out <file>', t('elections.ballots.out'))
    .addOption(forceOption())
    .addHelpText('after', t('elections.ballots.after'))
    .action(
      action({
        // The output and the file are checked before the vault opens: a mistake there costs no passphrase.
        input: (_ctx, o: Opts) => ({
          ...target(o.out, o.force),
          perPage: Number(o.perPage) as 1 | 2 | 4,
          election: toCreate(readElection(o.file) as unknown as Record<string, unknown>),
        }),
        run: async ({ call }, { out, format, perPage, election }) => {
          const { id } = await call('elections.create', election);
          const file = await call('elections.ballotPapers', { id, perPage, format });
          return { id, perPage, ...saveDelivered(out, file) };
        },
        show: (r) => t('elections.ballots.written', { path: r.path, size: formatSize(r.bytes), id: r.id }),
      }),
    );
}

export function registerList(elections: Command): void {
  elections
    .command('list')
    .description(t('elections.list.description'))
    .option('--meeting <id>', t('elections.list.meeting'))
    .action(
      action({
        input: (_ctx, o: { meeting?: string }) => (o.meeting ? { meetingId: o.meeting } : {}),
        run: async ({ call }, input) => call('elections.list', input),
        show: ({ items }) =>
          items.length === 0
            ? t('elections.list.none')
            : table(
                [
                  t('elections.list.id'),
                  t('elections.list.electing'),
                  t('elections.list.seats'),
                  t('elections.list.ballots'),
                ],
                items.map((e) => [e.id, e.electing, String(e.seats), String(e.ballotCount)]),
              ),
      }),
    );
}
