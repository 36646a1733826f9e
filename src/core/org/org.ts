/** The organisation profile (one row) and the dated history of its upper-level union. */
import type { Knex } from 'knex';
import { ORG_KEYS, type OrgProfile, type UpperLevelRecord } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { audit } from '../audit/audit';
import { camelToRow, rowToCamel } from '../db/case';
import { insertRecord, type RecordContext, updateRecord } from '../db/records';
import { cleanTextFields } from '../text';

const EMPTY: OrgProfile = {
  name: '',
  shortName: '',
  enterprise: '',
  address: '',
  place: '',
  upperLevelName: '',
  upperLevelType: null,
  chairName: '',
  term: '',
  email: '',
  phone: '',
  workerCount: null,
};

async function currentRow(db: Knex | Knex.Transaction) {
  return (await db('org_profile').whereNull('deleted_at').orderBy('created_at').first()) as
    Record<string, unknown> | undefined;
}

export async function getOrg(db: Knex): Promise<{ profile: OrgProfile | null; upperLevels: UpperLevelRecord[] }> {
  const row = await currentRow(db);
  const levels = (await db('org_upper_levels').whereNull('deleted_at').orderBy('valid_from')) as Record<
    string,
    unknown
  >[];
  return {
    profile: row ? rowToCamel<OrgProfile>(row, ORG_KEYS) : null,
    upperLevels: levels.map((l) => ({
      name: l.name as string,
      type: (l.type as UpperLevelRecord['type']) ?? null,
      validFrom: l.valid_from as string,
    })),
  };
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export async function updateOrg(db: Knex, ctx: RecordContext, patch: Partial<OrgProfile>): Promise<OrgProfile> {
  const clean = cleanTextFields(patch);
  return db.transaction(async (trx) => {
    const row = await currentRow(trx);
    const before = row ? rowToCamel<OrgProfile>(row, ORG_KEYS) : EMPTY;
    const next: OrgProfile = { ...before, ...clean };
    if (!next.name)
      throw new AppError('VALIDATION', 'Cần nhập tên công đoàn cơ sở.', [
        { path: ['name'], message: 'Cần nhập tên công đoàn cơ sở.' },
      ]);
    let id: string;
    if (row) {
      id = row.id as string;
      await updateRecord(trx, ctx, 'org_profile', id, camelToRow(clean));
    } else {
      id = (await insertRecord(trx, ctx, 'org_profile', camelToRow({ ...next }))).id as string;
    }
    if (next.upperLevelName !== before.upperLevelName || next.upperLevelType !== before.upperLevelType) {
      await recordUpperLevel(trx, ctx, next.upperLevelName, next.upperLevelType);
    }
    await audit(trx, ctx, 'org.update', { type: 'org_profile', id }, { fields: Object.keys(clean) });
    return next;
  });
}

/** One history row per day: a change later the same day corrects that day's row. */
async function recordUpperLevel(
  trx: Knex.Transaction,
  ctx: RecordContext,
  name: string,
  type: OrgProfile['upperLevelType'],
) {
  const validFrom = today();
  const same = (await trx('org_upper_levels').where({ valid_from: validFrom }).whereNull('deleted_at').first()) as
    { id: string } | undefined;
  if (same) await updateRecord(trx, ctx, 'org_upper_levels', same.id, { name, type });
  else await insertRecord(trx, ctx, 'org_upper_levels', { name, type, valid_from: validFrom });
}
