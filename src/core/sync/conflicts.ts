/**
 * Conflicts waiting for the user (`sync_conflicts`, a local table): a long text written on two PCs at once (the
 * losing version, kind 'copy'), a number another PC had already used (kind 'number'), a row that clashes with a
 * local one on a unique column (kind 'duplicate'). Restoring a copy writes its text back through updateRecord, so
 * the restore itself syncs to the other PCs; renumbering a number clash sends the row again with a free number.
 */
import type { Knex } from 'knex';
import type { SyncConflict } from '../../shared/sync-contract';
import { AppError } from '../../shared/errors';
import { formatDocNumber, type OfficialFields } from '../../shared/document-model';
import { UNIQUE_NUMBERS } from '../../shared/sync-entities';
import { audit } from '../audit/audit';
import { insertRecord, updateRecord, type RecordContext, type Row } from '../db/records';
import { canRenumber, renumberRow } from './renumber';

type Db = Knex | Knex.Transaction;

const LABELS: Record<string, string> = {
  documents: 'Văn bản',
  document_versions: 'Nội dung văn bản',
  dues_payments: 'Phiếu thu đoàn phí',
  fund_vouchers: 'Chứng từ quỹ',
  bulletins: 'Bản tin',
  meeting_agenda_items: 'Kết luận mục chương trình họp',
  members: 'Đoàn viên',
};
export const entityLabel = (entity: string) => LABELS[entity] ?? `Bản ghi (${entity})`;

export interface NewConflict {
  kind: SyncConflict['kind'];
  entity: string;
  entityId: string;
  title: string;
  detail?: string;
  column?: string | null;
  value?: string | null;
}

export async function addConflict(db: Db, ctx: RecordContext, c: NewConflict): Promise<void> {
  await insertRecord(db, ctx, 'sync_conflicts', {
    kind: c.kind,
    entity: c.entity,
    entity_id: c.entityId,
    title: c.title,
    detail: c.detail ?? '',
    column: c.column ?? null,
    value: c.value ?? null,
    resolved_at: null,
  });
}

/** The clashing number as the secretary reads it: "01/QĐ-CĐCS", "DP-2026-00016", "PT7" ('' when the row is gone). */
function shownNumber(entity: string, row: Row | undefined): string {
  if (!row) return '';
  if (entity === 'documents' && row.number !== null && row.number !== undefined)
    return formatDocNumber({
      number: Number(row.number),
      type: String(row.type) as OfficialFields['type'],
      issuerCode: String(row.issuer_code ?? ''),
    });
  if (entity === 'fund_vouchers') return `${String(row.series ?? '')}${String(row.number ?? '')}`;
  return (UNIQUE_NUMBERS[entity]?.[0]?.columns ?? []).map((k) => String(row[k] ?? '')).join(' / ');
}

/** "Văn bản 01/QĐ-CĐCS: số này đã được máy khác dùng" (the row as this PC has it). */
export function numberClashTitle(entity: string, row: Row | undefined): string {
  const shown = shownNumber(entity, row);
  return `${entityLabel(entity)}${shown ? ` ${shown}` : ''}: số này đã được máy khác dùng`;
}

export async function listConflicts(db: Db): Promise<SyncConflict[]> {
  const rows = (await db('sync_conflicts')
    .whereNull('deleted_at')
    .whereNull('resolved_at')
    .orderBy('created_at', 'desc')) as Row[];
  return rows.map((r) => ({
    id: String(r.id),
    kind: r.kind as SyncConflict['kind'],
    entity: String(r.entity),
    entityId: String(r.entity_id),
    title: String(r.title),
    detail: String(r.detail ?? ''),
    value: (r.value as string | null) ?? null,
    at: String(r.created_at),
  }));
}

export async function openConflictCount(db: Db): Promise<number> {
  const r = (await db('sync_conflicts').whereNull('deleted_at').whereNull('resolved_at').count({ n: '*' }).first()) as {
    n: number;
  };
  return Number(r.n);
}

/**
 * `restore`: the copy's text becomes the row's value again (a local change: it gets an outbox row and syncs);
 * `dismiss`: the current value stays; `renumber` (a number clash): the row takes the next free number and is sent
 * again whole (renumber.ts), and returns the new number. Either way the conflict is closed.
 */
export async function resolveConflict(
  trx: Knex.Transaction,
  ctx: RecordContext,
  id: string,
  action: 'restore' | 'dismiss' | 'renumber',
): Promise<{ number?: string }> {
  const c = (await trx('sync_conflicts').where({ id }).whereNull('deleted_at').first()) as Row | undefined;
  if (!c) throw new AppError('NOT_FOUND', 'Không tìm thấy xung đột đồng bộ này.', { id });
  if (c.resolved_at) return {};
  const entity = String(c.entity);
  const gone = () => new AppError('NOT_FOUND', `${entityLabel(entity)} này không còn trên máy.`);
  if (action === 'restore') {
    if (c.kind !== 'copy' || !c.column)
      throw new AppError('VALIDATION', 'Chỉ khôi phục được bản sao nội dung; xung đột này cần sửa trực tiếp.');
    const exists = await trx(entity).where({ id: c.entity_id }).first('id');
    if (!exists) throw gone();
    await updateRecord(trx, ctx, entity, String(c.entity_id), { [String(c.column)]: c.value });
  }
  if (action === 'renumber') {
    if (c.kind !== 'number' || !canRenumber(entity))
      throw new AppError('VALIDATION', 'Chỉ đánh số lại được khi số đã được máy khác dùng; xung đột này không có số.');
    // A deleted row has no number to give: the conflict can only be dismissed.
    if (!(await trx(entity).where({ id: c.entity_id }).whereNull('deleted_at').first('id'))) throw gone();
    const { ids, number } = await renumberRow(trx, ctx, entity, String(c.entity_id));
    await audit(trx, ctx, 'sync.renumber', { type: entity, id: String(c.entity_id) }, { number });
    // One clash can be refused more than once (the insert, then the issuing update): all of them are settled.
    const same = (await trx('sync_conflicts')
      .where({ kind: 'number', entity })
      .whereIn('entity_id', ids)
      .whereNull('resolved_at')
      .whereNull('deleted_at')
      .pluck('id')) as string[];
    for (const open of new Set([id, ...same])) await closeConflict(trx, ctx, open);
    return { number };
  }
  await closeConflict(trx, ctx, id);
  return {};
}

const closeConflict = (trx: Knex.Transaction, ctx: RecordContext, id: string) =>
  updateRecord(trx, ctx, 'sync_conflicts', id, { resolved_at: new Date().toISOString() });
