/** Union groups (tổ công đoàn / công đoàn bộ phận) as a tree. */
import type { Knex } from 'knex';
import type { Unit } from '../../shared/members-contract';
import { AppError } from '../../shared/errors';
import { insertRecord, type RecordContext, softDeleteRecord, updateRecord } from '../db/records';
import { cleanText } from '../text';
import { foldVi } from '../../shared/text/fold';
import { withDescendants } from '../../shared/unit-tree';

type UnitRow = { id: string; name: string; parent_id: string | null };

export async function listUnits(db: Knex | Knex.Transaction): Promise<Unit[]> {
  const rows = (await db('units').whereNull('deleted_at').orderBy('sort_order').orderBy('name')) as UnitRow[];
  const counts = (await db('members')
    .whereNull('deleted_at')
    .whereNotNull('unit_id')
    .groupBy('unit_id')
    .select('unit_id')
    .count({ n: '*' })) as {
    unit_id: string;
    n: number;
  }[];
  const byUnit = new Map(counts.map((c) => [c.unit_id, Number(c.n)]));
  return rows.map((r) => ({ id: r.id, name: r.name, parentId: r.parent_id, memberCount: byUnit.get(r.id) ?? 0 }));
}

export { withDescendants };

/**
 * The group a user means by `name`, the one rule everywhere (filters, imports, the CLI): the same name ignoring
 * case first, else ignoring diacritics too ("to san xuat 1" finds "Tổ sản xuất 1"), so that of two groups
 * differing only in marks the exact one wins.
 */
export function findUnitByName<U extends { name: string }>(units: readonly U[], name: string): U | undefined {
  const wanted = cleanText(name).toLocaleLowerCase('vi');
  const folded = foldVi(name);
  const exact = units.find((u) => cleanText(u.name).toLocaleLowerCase('vi') === wanted);
  return exact ?? units.find((u) => foldVi(u.name) === folded);
}

/** A unit by name (findUnitByName: "TỔ SẢN XUẤT 1" = "Tổ sản xuất 1"), created at the top level if missing. */
export async function unitIdByName(
  trx: Knex.Transaction,
  ctx: RecordContext,
  name: string | null | undefined,
  cache?: Map<string, string>,
): Promise<string | null> {
  if (!name) return null;
  const seen = cache?.get(name); // imports repeat the same few unit names thousands of times: one lookup each
  if (seen) return seen;
  if (!cleanText(name)) return null;
  const rows = (await trx('units').whereNull('deleted_at').select('id', 'name')) as UnitRow[];
  const found = findUnitByName(rows, name);
  const id = found
    ? found.id
    : ((await insertRecord(trx, ctx, 'units', { name: cleanText(name), parent_id: null, sort_order: 0 })).id as string);
  cache?.set(name, id);
  return id;
}

export async function saveUnit(
  db: Knex,
  ctx: RecordContext,
  input: { id?: string; name: string; parentId?: string | null },
): Promise<Unit> {
  return db.transaction(async (trx) => {
    const units = await listUnits(trx);
    if (input.parentId && !units.some((u) => u.id === input.parentId))
      throw new AppError('NOT_FOUND', 'Không tìm thấy tổ công đoàn cấp trên.');
    if (input.id && input.parentId && withDescendants(units, input.id).has(input.parentId))
      throw new AppError('VALIDATION', 'Không thể đặt một tổ vào bên trong chính nó.', [
        { path: ['parentId'], message: 'Vòng lặp trong cây tổ công đoàn' },
      ]);
    const values = { name: cleanText(input.name), parent_id: input.parentId ?? null };
    let id = input.id;
    if (id) {
      if (!units.some((u) => u.id === id)) throw new AppError('NOT_FOUND', 'Không tìm thấy tổ công đoàn.');
      await updateRecord(trx, ctx, 'units', id, values);
    } else id = (await insertRecord(trx, ctx, 'units', { ...values, sort_order: 0 })).id as string;
    return (await listUnits(trx)).find((u) => u.id === id)!;
  });
}

export async function deleteUnit(db: Knex, ctx: RecordContext, id: string): Promise<void> {
  await db.transaction(async (trx) => {
    const units = await listUnits(trx);
    const u = units.find((x) => x.id === id);
    if (!u) throw new AppError('NOT_FOUND', 'Không tìm thấy tổ công đoàn.');
    if (u.memberCount > 0 || units.some((x) => x.parentId === id))
      throw new AppError(
        'CONFLICT',
        'Tổ công đoàn còn đoàn viên hoặc tổ con; hãy chuyển họ sang tổ khác trước khi xoá.',
      );
    await softDeleteRecord(trx, ctx, 'units', id);
  });
}
