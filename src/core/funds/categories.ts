/**
 * Categories as data, each mapped to its B14/B07 line. The shipped ones are inserted on unlock with fixed ids when
 * missing (the same rows on every PC, so two PCs converge when they sync; like a migration's data they write no
 * outbox row until the union renames one). The union adds its own through `funds.setCategory`.
 */
import type { z } from 'zod';
import { DUES_CATEGORY, REMIT_CATEGORY, type fundCategory } from '../../shared/funds-contract';
import { AppError } from '../../shared/errors';
import { audit } from '../audit/audit';
import { insertRecord, noteChange, updateRecord } from '../db/records';
import type { Session } from '../session';

type Row = Record<string, unknown>;
type Category = z.infer<typeof fundCategory>;
type Kind = Category['kind'];

const shipped = (code: string, name: string, kind: Kind, line: string, position: number) => ({
  id: `fund-category-${code}`,
  code,
  name,
  kind,
  line,
  built_in: true,
  reserved: code === DUES_CATEGORY,
  position,
});

export const SHIPPED_CATEGORIES = [
  shipped(DUES_CATEGORY, 'Đoàn phí công đoàn', 'revenue', 'I.1', 1),
  shipped('kpcd', 'Kinh phí công đoàn', 'revenue', 'I.2', 2),
  shipped('ho-tro', 'Hỗ trợ của chuyên môn', 'revenue', 'I.3', 3),
  shipped('thu-khac', 'Thu khác', 'revenue', 'I.4', 4),
  shipped('cham-lo', 'Chăm lo, bảo vệ đoàn viên và người lao động', 'spending', 'II.1', 11),
  shipped('tuyen-truyen', 'Tuyên truyền, đào tạo', 'spending', 'II.2', 12),
  shipped('phong-trao', 'Hoạt động phong trào', 'spending', 'II.3', 13),
  shipped('phu-cap', 'Phụ cấp cán bộ công đoàn', 'spending', 'II.4', 14),
  shipped('quan-ly', 'Quản lý hành chính', 'spending', 'II.5', 15),
  shipped(REMIT_CATEGORY, 'Nộp cấp trên', 'spending', 'II.6', 16),
  shipped('chi-khac', 'Chi khác', 'spending', 'II.7', 17),
];

export async function ensureCategories(s: Session): Promise<void> {
  await s.db.transaction(async (trx) => {
    const have = new Set(((await trx('fund_categories').select('id')) as Row[]).map((r) => String(r.id)));
    const now = new Date().toISOString();
    for (const c of SHIPPED_CATEGORIES) {
      if (have.has(c.id)) continue;
      await trx('fund_categories').insert({ ...c, created_at: now, updated_at: now, deleted_at: null });
      noteChange(trx, s.record, 'fund_categories', c.id);
    }
  });
}

export function categoryOut(r: Row): Category {
  return {
    code: String(r.code),
    name: String(r.name),
    kind: r.kind as Kind,
    line: String(r.line),
    builtIn: Boolean(r.built_in),
    reserved: Boolean(r.reserved),
  };
}

/** In B07 order: revenue lines first, then spending, each by line then position. */
export async function listCategories(db: Session['db']): Promise<Category[]> {
  const rows = (await db('fund_categories').whereNull('deleted_at')) as Row[];
  const lineKey = (l: string) =>
    l
      .split('.')
      .map((p) => p.padStart(4, '0'))
      .join('.');
  rows.sort(
    (a, b) =>
      (a.kind === b.kind ? 0 : a.kind === 'revenue' ? -1 : 1) ||
      lineKey(String(a.line)).localeCompare(lineKey(String(b.line))) ||
      Number(a.position) - Number(b.position) ||
      String(a.code).localeCompare(String(b.code)),
  );
  return rows.map(categoryOut);
}

/** Adds a category or renames/remaps one; a reserved category keeps its kind (and every code is fixed). */
export async function setCategory(
  s: Session,
  input: { code: string; name: string; kind: Kind; line: string },
): Promise<Category> {
  return s.db.transaction(async (trx) => {
    const existing = (await trx('fund_categories').whereNull('deleted_at').where({ code: input.code }).first()) as
      Row | undefined;
    if (existing) {
      if (existing.kind !== input.kind) {
        const used = await trx('fund_vouchers').whereNull('deleted_at').where({ category: input.code }).first('id');
        if (existing.reserved || used)
          throw new AppError(
            'VALIDATION',
            `Không đổi được khoản mục "${String(existing.name)}" giữa thu và chi: ` +
              (existing.reserved ? 'khoản mục này dành cho ghi tự động.' : 'đã có chứng từ dùng khoản mục này.'),
          );
      }
      await updateRecord(trx, s.record, 'fund_categories', String(existing.id), {
        name: input.name,
        kind: input.kind,
        line: input.line,
      });
    } else {
      const max = (await trx('fund_categories').max({ p: 'position' }).first()) as { p: number | null };
      await insertRecord(trx, s.record, 'fund_categories', {
        code: input.code,
        name: input.name,
        kind: input.kind,
        line: input.line,
        built_in: false,
        reserved: false,
        position: Number(max.p ?? 0) + 1,
      });
    }
    await audit(trx, s.record, 'funds.setCategory', { type: 'fund_categories' }, { code: input.code });
    return categoryOut(
      (await trx('fund_categories').whereNull('deleted_at').where({ code: input.code }).first()) as Row,
    );
  });
}
