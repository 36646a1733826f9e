/**
 * Bulletins: create, update, read, list, delete. Issue numbers run per year of the bulletin's date: the next free
 * one by default, and a number already used that year is refused (two "Số 05" in 2026 would confuse every reader).
 */
import type { Knex } from 'knex';
import type { Bulletin } from '../../shared/bulletins-contract';
import type { DocBody } from '../../shared/document-model';
import { docBody } from '../../shared/document-model';
import { AppError } from '../../shared/errors';
import { isRealIsoDate } from '../../shared/iso-date';
import { isoDay } from '../../shared/text/format';
import { insertRecord, softDeleteRecord, updateRecord } from '../db/records';
import type { Session } from '../session';
import { cleanText } from '../text';
import { parseBulletinMarkdown } from './markdown';

type Db = Knex | Knex.Transaction;
type Row = Record<string, unknown>;

export interface BulletinFields {
  issueNumber?: number;
  title?: string;
  date?: string;
  body?: DocBody;
  markdown?: string;
}

/** "05": the issue number as printed in the masthead and the subject. */
export const issueLabel = (n: number) => String(n).padStart(2, '0');

const live = (db: Db) => db('bulletins').whereNull('deleted_at');
const yearOf = (date: string) => date.slice(0, 4);

/** NFC in every text node: the JSON is normalised as a whole (NFC never touches the ASCII that JSON syntax uses). */
const nfcBody = (body: DocBody): DocBody => docBody.parse(JSON.parse(JSON.stringify(body).normalize('NFC')));

function rowToBulletin(r: Row): Bulletin {
  return {
    id: String(r.id),
    issueNumber: Number(r.issue_number),
    title: String(r.title),
    date: String(r.date),
    body: docBody.parse(JSON.parse(String(r.body))),
    createdAt: String(r.created_at),
    updatedAt: String(r.updated_at),
  };
}

async function nextIssue(db: Db, year: string): Promise<number> {
  const row = (await live(db).where('date', 'like', `${year}-%`).max({ n: 'issue_number' }).first()) as
    { n: number | null } | undefined;
  return Number(row?.n ?? 0) + 1;
}

async function refuseDuplicate(db: Db, issueNumber: number, date: string, exceptId?: string): Promise<void> {
  const q = live(db)
    .where('date', 'like', `${yearOf(date)}-%`)
    .where('issue_number', issueNumber);
  const clash = (await (exceptId ? q.whereNot('id', exceptId) : q).first('id', 'title')) as Row | undefined;
  if (clash)
    throw new AppError(
      'CONFLICT',
      `Năm ${yearOf(date)} đã có bản tin số ${issueLabel(issueNumber)} («${String(clash.title)}»). Hãy chọn số khác.`,
      { issueNumber, year: Number(yearOf(date)), id: String(clash.id) },
    );
}

/** The fields given, the Markdown's front matter and body filling those not given. */
function mergeMarkdown(input: BulletinFields): BulletinFields {
  if (input.markdown === undefined) return input;
  const md = parseBulletinMarkdown(input.markdown);
  return {
    issueNumber: input.issueNumber ?? md.issueNumber,
    title: input.title ?? md.title,
    date: input.date ?? md.date,
    body: input.body ?? md.body,
  };
}

export async function createBulletin(s: Session, input: BulletinFields): Promise<string> {
  const f = mergeMarkdown(input);
  const title = f.title ? cleanText(f.title) : '';
  if (!title) throw new AppError('VALIDATION', 'Bản tin cần có tiêu đề (title).', { field: 'title' });
  const date = f.date ?? isoDay(new Date());
  if (!isRealIsoDate(date)) throw new AppError('VALIDATION', 'Ngày bản tin không tồn tại.', { field: 'date', date });
  const body = nfcBody(f.body ?? { type: 'doc', content: [] });
  return s.db.transaction(async (trx) => {
    const issueNumber = f.issueNumber ?? (await nextIssue(trx, yearOf(date)));
    await refuseDuplicate(trx, issueNumber, date);
    const row = await insertRecord(trx, s.record, 'bulletins', {
      issue_number: issueNumber,
      title,
      date,
      body: JSON.stringify(body),
    });
    return String(row.id);
  });
}

export async function getBulletin(db: Db, id: string): Promise<Bulletin> {
  const r = (await live(db).where({ id }).first()) as Row | undefined;
  if (!r) throw new AppError('NOT_FOUND', 'Không tìm thấy bản tin.', { id });
  return rowToBulletin(r);
}

export async function updateBulletin(s: Session, input: BulletinFields & { id: string }): Promise<Bulletin> {
  return s.db.transaction(async (trx) => {
    const current = await getBulletin(trx, input.id);
    const cols: Row = {};
    if (input.title !== undefined) {
      const title = cleanText(input.title);
      if (!title) throw new AppError('VALIDATION', 'Bản tin cần có tiêu đề (title).', { field: 'title' });
      cols.title = title;
    }
    if (input.date !== undefined) cols.date = input.date;
    if (input.issueNumber !== undefined) cols.issue_number = input.issueNumber;
    if (input.body !== undefined) cols.body = JSON.stringify(nfcBody(input.body));
    const date = input.date ?? current.date;
    const issue = input.issueNumber ?? current.issueNumber;
    if (date !== current.date || issue !== current.issueNumber) await refuseDuplicate(trx, issue, date, input.id);
    await updateRecord(trx, s.record, 'bulletins', input.id, cols);
    return getBulletin(trx, input.id);
  });
}

export async function listBulletins(db: Db, year?: number): Promise<{ items: Omit<Bulletin, 'body'>[] }> {
  const q = live(db).orderBy([
    { column: 'date', order: 'desc' },
    { column: 'issue_number', order: 'desc' },
  ]);
  if (year !== undefined) void q.where('date', 'like', `${String(year).padStart(4, '0')}-%`);
  const rows = (await q.select('id', 'issue_number', 'title', 'date', 'created_at', 'updated_at')) as Row[];
  return {
    items: rows.map((r) => ({
      id: String(r.id),
      issueNumber: Number(r.issue_number),
      title: String(r.title),
      date: String(r.date),
      createdAt: String(r.created_at),
      updatedAt: String(r.updated_at),
    })),
  };
}

export async function deleteBulletin(s: Session, id: string): Promise<void> {
  await s.db.transaction(async (trx) => {
    await getBulletin(trx, id);
    await softDeleteRecord(trx, s.record, 'bulletins', id);
  });
}
