/**
 * Reading recorded elections, with their live count: the figures are never stored, they are `tallyElection` run on
 * the ballots (or totals) as they stand, so the Bầu cử page, the minutes and the tờ trình can never disagree.
 */
import type { Knex } from 'knex';
import { AppError } from '../../shared/errors';
import type { Election } from '../../shared/elections-contract';
import {
  ballotProblem,
  cleanName,
  tallyElection,
  type TallyInput,
  type TallyResult,
} from '../../shared/elections/tally';

type Db = Knex | Knex.Transaction;

export interface ElectionRow {
  id: string;
  meeting_id: string | null;
  body: Election['body'];
  electing: string;
  seats: number;
  candidates: string;
  denominator: Election['denominator'];
  issued: number;
  collected: number;
  count_by: Election['countBy'];
  totals: string | null;
  invalid: number | null;
  convened: number | null;
  present: number | null;
  date: string | null;
  place: string | null;
  counters: string;
  created_at: string;
  updated_at: string;
}

export async function electionRow(db: Db, id: string): Promise<ElectionRow> {
  const row = (await db('elections').where({ id }).whereNull('deleted_at').first()) as ElectionRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy cuộc bầu cử.', { id });
  return row;
}

export const parseCandidates = (r: Pick<ElectionRow, 'candidates'>): Election['candidates'] =>
  JSON.parse(r.candidates) as Election['candidates'];

/** The live ballots in the order entered (ties of position, from two computers, by id: UUIDv7 is time-ordered). */
export async function ballotRows(db: Db, electionId: string): Promise<{ id: string; struck: string }[]> {
  return (await db('election_ballots')
    .where({ election_id: electionId })
    .whereNull('deleted_at')
    .orderBy([{ column: 'position' }, { column: 'id' }])
    .select('id', 'struck')) as { id: string; struck: string }[];
}

export function toElection(r: ElectionRow, ballots: string[][]): Election {
  return {
    id: r.id,
    meetingId: r.meeting_id,
    body: r.body,
    electing: r.electing,
    seats: r.seats,
    candidates: parseCandidates(r),
    denominator: r.denominator,
    issued: r.issued,
    collected: r.collected,
    countBy: r.count_by,
    totals: r.totals === null ? null : (JSON.parse(r.totals) as Record<string, number>),
    invalid: r.invalid,
    convened: r.convened,
    present: r.present,
    date: r.date,
    place: r.place,
    counters: JSON.parse(r.counters) as string[],
    ballots,
    updatedAt: r.updated_at,
  };
}

export async function loadElection(db: Db, id: string): Promise<Election> {
  const row = await electionRow(db, id);
  const ballots = (await ballotRows(db, id)).map((b) => JSON.parse(b.struck) as string[]);
  return toElection(row, ballots);
}

/** What the count reads: the ballots when they are entered one by one, else the totals and the invalid ballots. */
export function tallyInputOf(e: Election): TallyInput {
  const base = {
    seats: e.seats,
    candidates: e.candidates.map((c) => c.name),
    denominator: e.denominator,
    issued: e.issued,
    collected: e.collected,
  };
  return e.countBy === 'ballots'
    ? { ...base, ballots: e.ballots }
    : { ...base, totals: e.totals ?? {}, invalid: e.invalid ?? 0 };
}

/** The count when the figures add up so far; otherwise why not, in the count's own Vietnamese words. */
export function liveCount(e: Election): { tally: TallyResult | null; problem: string | null } {
  try {
    return { tally: tallyElection(tallyInputOf(e)), problem: null };
  } catch (err) {
    if (err instanceof AppError && err.code === 'VALIDATION') return { tally: null, problem: err.message };
    throw err;
  }
}

export function invalidByReason(e: Election): { outsideList: number; blank: number; tooManyKept: number } {
  const out = { outsideList: 0, blank: 0, tooManyKept: 0 };
  if (e.countBy !== 'ballots') return out;
  const names = e.candidates.map((c) => cleanName(c.name));
  for (const b of e.ballots) {
    const reason = ballotProblem(b, names, e.seats);
    if (reason) out[reason]++;
  }
  return out;
}

export async function getElection(db: Db, id: string) {
  const election = await loadElection(db, id);
  return { election, ...liveCount(election), invalidByReason: invalidByReason(election) };
}

export async function listElections(db: Db, meetingId?: string) {
  const q = db('elections as e')
    .whereNull('e.deleted_at')
    .select(
      'e.id',
      'e.meeting_id',
      'e.body',
      'e.electing',
      'e.seats',
      'e.updated_at',
      db('election_ballots as b')
        .whereRaw('b.election_id = e.id')
        .whereNull('b.deleted_at')
        .count('*')
        .as('ballot_count'),
    )
    .orderBy([{ column: 'e.created_at' }, { column: 'e.id' }]);
  if (meetingId) void q.where('e.meeting_id', meetingId);
  const rows = (await q) as (Pick<ElectionRow, 'id' | 'meeting_id' | 'body' | 'electing' | 'seats' | 'updated_at'> & {
    ballot_count: number | string;
  })[];
  return {
    items: rows.map((r) => ({
      id: r.id,
      meetingId: r.meeting_id,
      body: r.body,
      electing: r.electing,
      seats: r.seats,
      updatedAt: r.updated_at,
      ballotCount: Number(r.ballot_count),
    })),
  };
}

/** The meeting's elections in the order they were created (the congress's order of business). */
export async function meetingElections(db: Db, meetingId: string): Promise<Election[]> {
  const ids = (await db('elections')
    .where({ meeting_id: meetingId })
    .whereNull('deleted_at')
    .orderBy([{ column: 'created_at' }, { column: 'id' }])
    .pluck('id')) as string[];
  const out: Election[] = [];
  for (const id of ids) out.push(await loadElection(db, id));
  return out;
}
