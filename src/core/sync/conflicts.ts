/**
 * Conflicts waiting for the user (`sync_conflicts`, a local table): a long text written on two PCs at once (the
 * losing version, kind 'copy'), a number another PC had already used (kind 'number'), a row that clashes with a
 * local one on a unique column (kind 'duplicate'). Restoring a copy writes its text back through updateRecord, so
 * the restore itself syncs to the other PCs.
 */
import type { Knex } from 'knex';
import type { SyncConflict } from '../../shared/sync-contract';
import { AppError } from '../../shared/errors';
import { UNIQUE_NUMBERS } from '../../shared/sync-entities';
import { insertRecord, updateRecord, type RecordContext, type Row } from '../db/records';

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

/** "Văn bản QĐ số 5/2026: số đã được máy khác dùng" (the row as this PC has it). */
export function numberClashTitle(entity: string, row: Row | undefined): string {
  const keys = UNIQUE_NUMBERS[entity]?.[0] ?? [];
  const shown = row ? keys.map((k) => String(row[k] ?? '')).join(' / ') : '';
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
 * `dismiss`: the current value stays. Either way the conflict is closed.
 */
export async function resolveConflict(
  trx: Knex.Transaction,
  ctx: RecordContext,
  id: string,
  action: 'restore' | 'dismiss',
): Promise<void> {
  const c = (await trx('sync_conflicts').where({ id }).whereNull('deleted_at').first()) as Row | undefined;
  if (!c) throw new AppError('NOT_FOUND', 'Không tìm thấy xung đột đồng bộ này.', { id });
  if (c.resolved_at) return;
  if (action === 'restore') {
    if (c.kind !== 'copy' || !c.column)
      throw new AppError('VALIDATION', 'Chỉ khôi phục được bản sao nội dung; xung đột này cần sửa trực tiếp.');
    const entity = String(c.entity);
    const exists = await trx(entity).where({ id: c.entity_id }).first('id');
    if (!exists) throw new AppError('NOT_FOUND', `${entityLabel(entity)} này không còn trên máy.`);
    await updateRecord(trx, ctx, entity, String(c.entity_id), { [String(c.column)]: c.value });
  }
  await updateRecord(trx, ctx, 'sync_conflicts', id, { resolved_at: new Date().toISOString() });
}
