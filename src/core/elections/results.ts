/**
 * What a congress elected, as its papers say it: who was elected to each body, counted live from the recorded
 * elections (`liveCount`), for the tờ trình công nhận and for the congress's minutes and resolution.
 */
import type { Knex } from 'knex';
import type { Election } from '../../shared/elections-contract';
import type { CandidateResult, TallyResult } from '../../shared/elections/tally';
import { ELECTED_BODIES } from '../../shared/elections-contract';
import { literalMarkdown } from '../meetings/markdown-literal';
import { liveCount, meetingElections } from './read';

type Db = Knex | Knex.Transaction;

/**
 * Text the user typed, made literal for Markdown written straight into a template's text (the tờ trình, the
 * ballot, the lines of electionResultsMarkdown): the meetings' literalMarkdown (punctuation backslash-escaped, so
 * "*" is no emphasis and "{{" no placeholder), plus "|", which the engine escapes only in values it inserts.
 */
export const escapeMd = (s: string): string =>
  literalMarkdown(s.normalize('NFC').replace(/\s+/g, ' ')).replace(/\|/g, '\\|');

/** For a value the template filler inserts (`{{kp.…}}`): it escapes "|" itself. */
export const escapeMdValue = (s: string): string => literalMarkdown(s.normalize('NFC').replace(/\s+/g, ' '));

/** One count per election of a meeting that elected someone, in the order of ELECTED_BODIES then of entry. */
export interface ElectedBody {
  election: Election;
  tally: TallyResult;
  elected: CandidateResult[];
}

/** The bodies the upper level recognises (công nhận) after a congress; delegates and others it does not. */
export const RECOGNISED = new Set<Election['body']>(['bch', 'chair', 'vice-chair', 'standing', 'ubkt', 'ubkt-chair']);

export async function electedBodies(
  db: Db,
  meetingId: string,
  only?: ReadonlySet<Election['body']>,
): Promise<ElectedBody[]> {
  const out: ElectedBody[] = [];
  for (const election of await meetingElections(db, meetingId)) {
    if (only && !only.has(election.body)) continue;
    const { tally } = liveCount(election);
    const elected = tally?.results.filter((c) => c.elected) ?? [];
    if (tally && elected.length > 0) out.push({ election, tally, elected });
  }
  const rank = (b: ElectedBody) => ELECTED_BODIES.indexOf(b.election.body);
  return out.sort((a, b) => rank(a) - rank(b)); // stable: elections of one body keep their order
}

/** "09": the count of people as official papers print it. */
export const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Bodies of one person, where the papers say "giữ chức". */
export const ONE_PERSON = new Set<Election['body']>(['chair', 'vice-chair', 'ubkt-chair']);

/** One sentence per elected body: "Bầu Ban Chấp hành … gồm 09 đồng chí: A, B, C." (names escaped). */
export function resultSentence(b: ElectedBody): string {
  const electing = escapeMd(b.election.electing);
  const names = b.elected.map((c) => escapeMd(c.name));
  const short = b.election.seats - b.elected.length;
  const missing = short > 0 ? ` (còn thiếu ${short} người so với số lượng cần bầu)` : '';
  if (ONE_PERSON.has(b.election.body) && names.length === 1)
    return `Bầu đồng chí ${names[0]} giữ chức ${electing}${missing}.`;
  return `Bầu ${electing} gồm ${pad2(names.length)} đồng chí: ${names.join(', ')}${missing}.`;
}

/**
 * The meeting's election results as Markdown lines, one sentence each, no list marker (the caller may put them in
 * a list or in paragraphs); names and titles are escaped for the engine's Markdown. Elections with no one elected
 * yet (or whose count does not add up) are left out; no election at all gives [].
 */
export async function electionResultsMarkdown(db: Db, meetingId: string): Promise<string[]> {
  return (await electedBodies(db, meetingId)).map(resultSentence);
}
