/**
 * Election writes, all through records.ts (an outbox row and a change-feed note each). Ballots name candidates, so
 * once one is entered the candidate list and the seats are fixed: changing them would silently recount every
 * ballot under other rules. A ballot is stored as entered (the names struck out); whether it counts is the
 * count's own rule (`ballotProblem`), answered at once and recomputed on every read.
 */
import type { Knex } from 'knex';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { electionCreate, electionUpdate } from '../../shared/elections-contract';
import { ballotProblem, cleanName, type InvalidReason } from '../../shared/elections/tally';
import { cleanText } from '../../shared/text/fold';
import { insertRecord, type RecordContext, softDeleteRecord, updateRecord } from '../db/records';
import type { Session } from '../session';
import { ballotRows, electionRow, type ElectionRow, parseCandidates } from './read';

type Db = Knex | Knex.Transaction;
type Create = z.output<typeof electionCreate>;
type Update = z.output<typeof electionUpdate>;
type Candidate = Create['candidates'][number];

const MAX_BALLOTS = 100_000;

async function requireMeeting(db: Db, id: string | null | undefined): Promise<void> {
  if (!id) return;
  const row = (await db('meetings').where({ id }).whereNull('deleted_at').first('id')) as unknown;
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy cuộc họp (đại hội) của cuộc bầu cử.', { meetingId: id });
}

/** Names cleaned (NFC, one space), each once; a member id must name a member of the register. */
async function checkCandidates(db: Db, list: Candidate[]): Promise<Candidate[]> {
  const out = list.map((c) => ({ name: cleanText(c.name), memberId: c.memberId }));
  const seen = new Set<string>();
  for (const [i, c] of out.entries()) {
    if (!c.name) throw new AppError('VALIDATION', `Ứng cử viên thứ ${i + 1} chưa có tên.`, { index: i });
    if (seen.has(c.name))
      throw new AppError('VALIDATION', `Ứng cử viên "${c.name}" có tên hai lần trong danh sách.`, { name: c.name });
    seen.add(c.name);
  }
  const ids = [...new Set(out.flatMap((c) => (c.memberId ? [c.memberId] : [])))];
  if (ids.length > 0) {
    const found = new Set((await db('members').whereIn('id', ids).whereNull('deleted_at').pluck('id')) as string[]);
    const missing = out.find((c) => c.memberId && !found.has(c.memberId));
    if (missing)
      throw new AppError('NOT_FOUND', `Không tìm thấy đoàn viên của ứng cử viên "${missing.name}".`, {
        memberId: missing.memberId,
      });
  }
  return out;
}

const json = (v: unknown) => JSON.stringify(v);
const line = (s: string | null) => (s === null ? null : cleanText(s) || null);

/** The row's columns from the fields given (candidates already checked). */
function columns(f: Partial<Create>): Record<string, unknown> {
  const cols: Record<string, unknown> = {};
  const set = (col: string, v: unknown) => {
    if (v !== undefined) cols[col] = v;
  };
  set('meeting_id', f.meetingId);
  set('body', f.body);
  set('electing', f.electing === undefined ? undefined : cleanText(f.electing));
  set('seats', f.seats);
  set('candidates', f.candidates === undefined ? undefined : json(f.candidates));
  set('denominator', f.denominator);
  set('issued', f.issued);
  set('collected', f.collected);
  set('count_by', f.countBy);
  set('totals', f.totals === undefined ? undefined : f.totals === null ? null : json(cleanTotals(f.totals)));
  set('invalid', f.invalid);
  set('convened', f.convened);
  set('present', f.present);
  set('date', f.date);
  set('place', f.place === undefined ? undefined : line(f.place));
  set('counters', f.counters === undefined ? undefined : json(f.counters.map(cleanText).filter(Boolean)));
  return cols;
}

const cleanTotals = (t: Record<string, number>) =>
  Object.fromEntries(Object.entries(t).map(([k, v]) => [cleanName(k), v]));

export async function createElection(s: Session, input: Create): Promise<string> {
  return s.db.transaction(async (trx) => {
    await requireMeeting(trx, input.meetingId);
    const candidates = await checkCandidates(trx, input.candidates);
    const row = await insertRecord(trx, s.record, 'elections', columns({ ...input, candidates }));
    return row.id as string;
  });
}

const sameCandidates = (a: Candidate[], b: Candidate[]) =>
  a.length === b.length && a.every((c, i) => c.name === b[i].name && c.memberId === b[i].memberId);

export async function updateElection(s: Session, input: Update): Promise<void> {
  const { id, ...fields } = input;
  await s.db.transaction(async (trx) => {
    const current = await electionRow(trx, id);
    if (fields.meetingId !== undefined) await requireMeeting(trx, fields.meetingId);
    const candidates = fields.candidates === undefined ? undefined : await checkCandidates(trx, fields.candidates);
    const ballots = await countBallots(trx, id);
    if (ballots > 0) {
      const changes: string[] = [];
      if (candidates && !sameCandidates(candidates, parseCandidates(current))) changes.push('danh sách ứng cử viên');
      if (fields.seats !== undefined && fields.seats !== current.seats) changes.push('số lượng cần bầu');
      if (fields.countBy === 'totals' && current.count_by !== 'totals') changes.push('cách kiểm phiếu');
      if (changes.length > 0)
        throw new AppError(
          'CONFLICT',
          `Đã nhập ${ballots} phiếu bầu nên không đổi được ${changes.join(' và ')}: các phiếu đã nhập ghi tên ` +
            'theo danh sách cũ. Hãy xoá các phiếu đã nhập trước khi sửa.',
          { ballots },
        );
    }
    await updateRecord(trx, s.record, 'elections', id, columns({ ...fields, candidates }));
  });
}

export async function deleteElection(s: Session, id: string): Promise<void> {
  await s.db.transaction(async (trx) => {
    await electionRow(trx, id);
    await tombstoneElection(trx, s.record, id);
  });
}

async function tombstoneElection(trx: Knex.Transaction, record: RecordContext, id: string): Promise<void> {
  for (const b of await ballotRows(trx, id)) await softDeleteRecord(trx, record, 'election_ballots', b.id);
  await softDeleteRecord(trx, record, 'elections', id);
}

/** A deleted meeting takes its elections with it (in its own transaction): none is left pointing at nothing. */
export async function tombstoneMeetingElections(
  trx: Knex.Transaction,
  record: RecordContext,
  meetingId: string,
): Promise<void> {
  const ids = (await trx('elections').where({ meeting_id: meetingId }).whereNull('deleted_at').pluck('id')) as string[];
  for (const id of ids) await tombstoneElection(trx, record, id);
}

async function countBallots(db: Db, electionId: string): Promise<number> {
  const r = (await db('election_ballots')
    .where({ election_id: electionId })
    .whereNull('deleted_at')
    .count({ n: '*' })
    .first()) as { n: number | string };
  return Number(r.n);
}

/** Whether a ballot struck at `struck` counts under the election as it stands. */
export function ballotReason(e: ElectionRow, struck: string[]): InvalidReason | null {
  return ballotProblem(
    struck,
    parseCandidates(e).map((c) => cleanName(c.name)),
    e.seats,
  );
}

export interface AddedBallot {
  index: number;
  valid: boolean;
  reason: InvalidReason | null;
  count: number;
}

export async function addBallot(s: Session, id: string, struck: string[]): Promise<AddedBallot> {
  return s.db.transaction(async (trx) => {
    const e = await electionRow(trx, id);
    if (e.count_by !== 'ballots')
      throw new AppError(
        'CONFLICT',
        'Cuộc bầu cử này nhập tổng số phiếu của từng người, không nhập từng phiếu. Hãy đổi cách kiểm phiếu trước.',
      );
    if (parseCandidates(e).length === 0)
      throw new AppError('VALIDATION', 'Chưa có danh sách ứng cử viên: hãy nhập danh sách trước khi nhập phiếu.');
    const count = await countBallots(trx, id);
    if (count >= MAX_BALLOTS) throw new AppError('VALIDATION', `Đã đủ ${MAX_BALLOTS} phiếu, không nhập thêm được.`);
    // After every position ever used, tombstones included: a removed ballot's place is never taken by another.
    const last = (await trx('election_ballots').where({ election_id: id }).max({ p: 'position' }).first()) as {
      p: number | null;
    };
    const names = [...new Set(struck.map(cleanName).filter(Boolean))];
    await insertRecord(trx, s.record, 'election_ballots', {
      election_id: id,
      position: (last.p ?? -1) + 1,
      struck: json(names),
    });
    const reason = ballotReason(e, names);
    return { index: count, valid: reason === null, reason, count: count + 1 };
  });
}

export async function removeBallot(s: Session, id: string, index: number): Promise<{ count: number }> {
  return s.db.transaction(async (trx) => {
    await electionRow(trx, id);
    const rows = await ballotRows(trx, id);
    const row = rows[index];
    if (!row)
      throw new AppError('NOT_FOUND', `Không có phiếu thứ ${index + 1} (đã nhập ${rows.length} phiếu).`, { index });
    await softDeleteRecord(trx, s.record, 'election_ballots', row.id);
    return { count: rows.length - 1 };
  });
}
