/**
 * The register of outgoing documents (sổ văn bản đi). Drafts are edited in place; issuing assigns the next number
 * for the type and year (restarting each 1 January), records date, signer and recipients and locks the text;
 * saving an issued document makes a new version and keeps the old one readable.
 */
import type { Knex } from 'knex';
import type { DocRecord } from '../../shared/documents-contract';
import {
  type Appendix,
  type DocBody,
  type DocumentModel,
  formatDocNumber,
  type OfficialFields,
} from '../../shared/document-model';
import { AppError } from '../../shared/errors';
import { foldVi } from '../../shared/text/fold';
import { audit } from '../audit/audit';
import type { ChangeSet } from '../db/changes';
import { insertRecord, type RecordContext, softDeleteRecord, updateRecord } from '../db/records';
import type { Session } from '../session';

type DocRow = Record<string, unknown> & {
  id: string;
  type: string;
  number: number | null;
  status: string;
  current_version: number;
};

function toRecord(r: DocRow): DocRecord {
  const type = r.type as DocRecord['type'];
  const number = r.number ?? null;
  return {
    id: r.id,
    type,
    year: r.year as number,
    number,
    numberText: number === null ? null : formatDocNumber({ number, type, issuerCode: r.issuer_code as string }),
    summary: r.summary as string,
    date: r.date as string,
    status: r.status as DocRecord['status'],
    version: r.current_version,
    templateId: (r.template_id as string) ?? null,
    signer: (r.signer as string) ?? null,
    recipients: r.recipients ? (JSON.parse(r.recipients as string) as string[]) : [],
    issuedAt: (r.issued_at as string) ?? null,
    updatedAt: r.updated_at as string,
  };
}

type FoldSource = {
  number: number | null;
  type: string;
  issuer_code: string;
  summary: string;
  signer: string | null;
  recipients: string | null;
};

/** What `docs.list` searches, from the row's own columns: one function for the write path and the feed's repair. */
function searchFold(r: FoldSource): string {
  const type = r.type as OfficialFields['type'];
  const numberText = r.number === null ? '' : formatDocNumber({ number: r.number, type, issuerCode: r.issuer_code });
  const recipients = r.recipients ? (JSON.parse(r.recipients) as string[]) : [];
  return foldVi([numberText, r.summary, r.signer ?? '', ...recipients].join(' '));
}

/** The columns of `documents` that mirror a version's official fields (for listing and search). */
function summaryColumns(f: OfficialFields) {
  const cols = {
    type: f.type,
    year: Number(f.date.slice(0, 4)),
    issuer_code: f.issuerCode,
    summary: f.summary,
    date: f.date,
    signer: f.signers
      .map((s) => s.name)
      .filter(Boolean)
      .join(', '),
    recipients: JSON.stringify(f.recipients),
  };
  return { ...cols, search_fold: searchFold({ ...cols, number: f.number }) };
}

/** Fold repairs under way, by database: `listDocuments` waits for them. */
const repairs = new WeakMap<Knex, Promise<void>>();

/**
 * The change feed's listener for `search_fold`. Our own writes store it with the columns it derives from (above),
 * so a search right after a save needs no wait; this listener re-derives it for rows written any other way (a
 * direct write, later a sync pull, which merges columns one by one) and, after an unlock or a restore ('all'),
 * for every row, so a change to the folding rules reaches old rows too.
 */
export function documentsFoldListener(s: Session, change: ChangeSet): void {
  const ids = change.tables.get('documents');
  if (!ids) return;
  const db = s.db;
  const previous = repairs.get(db) ?? Promise.resolve();
  repairs.set(
    db,
    previous.then(() => repairFolds(db, ids)).catch(() => undefined),
  ); // retried at the next unlock
}

async function repairFolds(db: Knex, ids: Set<string> | 'all'): Promise<void> {
  const cols = ['id', 'number', 'type', 'issuer_code', 'summary', 'signer', 'recipients', 'search_fold'];
  const list = ids === 'all' ? null : [...ids];
  const rows: (FoldSource & { id: string; search_fold: string })[] = [];
  if (!list) rows.push(...(await db('documents').select(cols)));
  else {
    for (let i = 0; i < list.length; i += 500) {
      rows.push(
        ...(await db('documents')
          .whereIn('id', list.slice(i, i + 500))
          .select(cols)),
      );
    }
  }
  // A derived, local column: no outbox row and no change announced (nothing derives from it).
  for (const r of rows) {
    const fold = searchFold(r);
    if (fold !== r.search_fold) await db('documents').where({ id: r.id }).update({ search_fold: fold });
  }
}

/**
 * A version's `body` column holds the TipTap doc and, when the document has any, its appendices beside it
 * (`{type:'doc', content, appendices}`): they are part of the text a version freezes, and this needs no new column.
 * A document without appendices is stored exactly as before.
 */
const storedBody = (body: DocBody, appendices: Appendix[] | undefined): string =>
  JSON.stringify(appendices?.length ? { ...body, appendices } : body);

function readBody(json: string): Pick<DocumentModel, 'body' | 'appendices'> {
  const { appendices, ...body } = JSON.parse(json) as DocBody & { appendices?: Appendix[] };
  return appendices?.length ? { body, appendices } : { body };
}

async function docRow(db: Knex | Knex.Transaction, id: string): Promise<DocRow> {
  const r = (await db('documents').where({ id }).whereNull('deleted_at').first()) as DocRow | undefined;
  if (!r) throw new AppError('NOT_FOUND', 'Không tìm thấy văn bản.', { id });
  return r;
}

export async function createDraft(s: Session, model: DocumentModel, templateId: string | null): Promise<DocRecord> {
  const fields = { ...model.fields, number: null };
  const id = await s.db.transaction(async (trx) => {
    const doc = await insertRecord(trx, s.record, 'documents', {
      ...summaryColumns(fields),
      number: null,
      status: 'draft',
      current_version: 1,
      template_id: templateId,
    });
    await insertRecord(trx, s.record, 'document_versions', {
      document_id: doc.id,
      version: 1,
      fields: JSON.stringify(fields),
      body: storedBody(model.body, model.appendices),
      issued: false,
    });
    await audit(trx, s.record, 'docs.create', { type: 'documents', id: doc.id as string }, { templateId });
    return doc.id as string;
  });
  return toRecord(await docRow(s.db, id));
}

export async function getDocument(db: Knex, id: string, version?: number) {
  const doc = await docRow(db, id);
  const rows = (await db('document_versions')
    .where({ document_id: id })
    .whereNull('deleted_at')
    .orderBy('version')) as Record<string, unknown>[];
  const v = rows.find((r) => r.version === (version ?? doc.current_version));
  if (!v) throw new AppError('NOT_FOUND', `Văn bản không có phiên bản ${version}.`, { id, version });
  const model: DocumentModel = {
    fields: JSON.parse(v.fields as string) as OfficialFields,
    ...readBody(v.body as string),
  };
  return {
    doc: toRecord(doc),
    model,
    versions: rows.map((r) => ({
      version: r.version as number,
      issued: Boolean(r.issued),
      createdAt: r.created_at as string,
    })),
  };
}

export async function saveDocument(
  s: Session,
  id: string,
  fields: OfficialFields,
  body: DocBody,
  /** A draft remade from its record (the tờ trình công nhận) replaces them; absent: kept. */
  appendices?: Appendix[],
): Promise<DocRecord> {
  await s.db.transaction(async (trx) => {
    const doc = await docRow(trx, id);
    const current = (await trx('document_versions')
      .where({ document_id: id, version: doc.current_version })
      .first()) as { id: string; fields: string; body: string };
    // The editor saves fields and body only: the appendices the document came with (from its template) are kept.
    const text = storedBody(body, appendices ?? readBody(current.body).appendices);
    if (doc.status === 'draft') {
      const f = { ...fields, number: null };
      await updateRecord(trx, s.record, 'document_versions', current.id, { fields: JSON.stringify(f), body: text });
      await updateRecord(trx, s.record, 'documents', id, summaryColumns(f));
      return;
    }
    // Issued: the number, type and date belong to the register entry; the text changes only as a new version.
    const issued = JSON.parse(current.fields) as OfficialFields;
    if (fields.type !== issued.type) throw new AppError('CONFLICT', 'Văn bản đã ban hành không đổi được loại văn bản.');
    const f: OfficialFields = { ...fields, number: doc.number, date: issued.date, type: issued.type };
    if (JSON.stringify(f) === current.fields && text === current.body) return;
    const version = doc.current_version + 1;
    await insertRecord(trx, s.record, 'document_versions', {
      document_id: id,
      version,
      fields: JSON.stringify(f),
      body: text,
      issued: true,
    });
    await updateRecord(trx, s.record, 'documents', id, { ...summaryColumns(f), current_version: version });
    await audit(trx, s.record, 'docs.revise', { type: 'documents', id }, { version });
  });
  return toRecord(await docRow(s.db, id));
}

async function nextNumber(trx: Knex.Transaction, ctx: RecordContext, type: string, year: number): Promise<number> {
  const c = (await trx('document_counters').where({ type, year }).whereNull('deleted_at').first()) as
    { id: string; last_number: number } | undefined;
  // Never reuse a number already in the register, even if a counter row was lost.
  const max =
    (
      (await trx('documents').where({ type, year }).whereNull('deleted_at').max({ n: 'number' }).first()) as {
        n: number | null;
      }
    ).n ?? 0;
  const n = Math.max(c?.last_number ?? 0, max) + 1;
  if (c) await updateRecord(trx, ctx, 'document_counters', c.id, { last_number: n });
  else await insertRecord(trx, ctx, 'document_counters', { type, year, last_number: n });
  return n;
}

/**
 * A number another PC had already used (a sync 'number' conflict): the document takes the next number of its type
 * and year from the same counter as issuing (it skips every number this PC holds, pulled ones too), and each version
 * that carried the old number says the new one. Returns the number as written ("06/QĐ-CĐCS").
 */
export async function renumberDocument(trx: Knex.Transaction, ctx: RecordContext, id: string): Promise<string> {
  const doc = await docRow(trx, id);
  if (doc.number === null) throw new AppError('CONFLICT', 'Văn bản này chưa có số nên không cần đánh số lại.');
  const number = await nextNumber(trx, ctx, doc.type, Number(doc.year));
  const versions = (await trx('document_versions').where({ document_id: id }).whereNull('deleted_at')) as {
    id: string;
    fields: string;
  }[];
  for (const v of versions) {
    const f = JSON.parse(v.fields) as OfficialFields;
    if (f.number === doc.number)
      await updateRecord(trx, ctx, 'document_versions', v.id, { fields: JSON.stringify({ ...f, number }) });
  }
  const fold = searchFold({ ...(doc as DocRow & FoldSource), number });
  await updateRecord(trx, ctx, 'documents', id, { number, search_fold: fold });
  const type = doc.type as OfficialFields['type'];
  return formatDocNumber({ number, type, issuerCode: doc.issuer_code as string });
}

export async function issueDocument(s: Session, id: string, date?: string): Promise<DocRecord> {
  await s.db.transaction(async (trx) => {
    const doc = await docRow(trx, id);
    if (doc.status !== 'draft') throw new AppError('CONFLICT', 'Văn bản này đã được ban hành.');
    const v = (await trx('document_versions').where({ document_id: id, version: doc.current_version }).first()) as {
      id: string;
      fields: string;
    };
    const f = JSON.parse(v.fields) as OfficialFields;
    const missing = [
      !f.summary && f.type !== 'CV' ? 'summary' : null,
      f.signers.some((x) => !x.name) ? 'signers' : null,
    ].filter(Boolean);
    if (missing.length)
      throw new AppError(
        'VALIDATION',
        'Văn bản còn thiếu thông tin bắt buộc trước khi ban hành.',
        missing.map((m) => ({ path: ['fields', m], message: 'Bắt buộc' })),
      );
    const issuedDate = date ?? f.date;
    const number = await nextNumber(trx, s.record, f.type, Number(issuedDate.slice(0, 4)));
    const fields: OfficialFields = { ...f, number, date: issuedDate };
    await updateRecord(trx, s.record, 'document_versions', v.id, { fields: JSON.stringify(fields), issued: true });
    await updateRecord(trx, s.record, 'documents', id, {
      ...summaryColumns(fields),
      number,
      status: 'issued',
      issued_at: new Date().toISOString(),
    });
    await audit(trx, s.record, 'docs.issue', { type: 'documents', id }, { type: f.type, number });
  });
  return toRecord(await docRow(s.db, id));
}

export async function listDocuments(
  db: Knex,
  f: { query?: string; type?: string; year?: number; status?: string },
): Promise<DocRecord[]> {
  await repairs.get(db);
  const q = db('documents').whereNull('deleted_at');
  if (f.type) q.where({ type: f.type });
  if (f.year) q.where({ year: f.year });
  if (f.status) q.where({ status: f.status });
  for (const w of f.query ? foldVi(f.query).split(' ').filter(Boolean) : [])
    q.whereRaw("search_fold LIKE ? ESCAPE '\\'", [`%${w.replace(/[%_\\]/g, '\\$&')}%`]);
  const rows = (await q.orderBy([
    { column: 'year', order: 'desc' },
    { column: 'date', order: 'desc' },
    { column: 'number', order: 'desc' },
  ])) as DocRow[];
  return rows.map(toRecord);
}

export async function deleteDraft(s: Session, id: string): Promise<void> {
  await s.db.transaction(async (trx) => {
    const doc = await docRow(trx, id);
    if (doc.status !== 'draft')
      throw new AppError('CONFLICT', 'Không xoá được văn bản đã ban hành: sổ văn bản đi phải giữ nguyên.');
    await softDeleteRecord(trx, s.record, 'documents', id);
  });
}
