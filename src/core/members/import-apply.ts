/**
 * Applies a parsed member file: matches existing members by CCCD, else card number, else member code, and
 * inserts or updates them — all valid rows in ONE transaction, or (dry run) nothing at all.
 */
import type { Knex } from 'knex';
import {
  MAX_TAGS,
  type ImportReport,
  type Member,
  type MemberFields,
  type MemberPosition,
} from '../../shared/members-contract';
import { foldVi } from '../../shared/text/fold';
import { audit } from '../audit/audit';
import { withLateCheckpoint } from '../db/bulk';
import { BatchInserter } from '../db/records';
import type { Session } from '../session';
import type { ParsedFile } from './import';
import { COLUMN_FIELDS, emailConsentDefault, patchMember, queueMember, readMembers } from './service';
import { cleanTags } from './rows';
import { unitIdByName } from './units';

const FLUSH_EVERY = 500;

type Candidate = ParsedFile['candidates'][number];

function toFields(c: Candidate): MemberFields {
  if (!c.fields.position) return c.fields;
  const { position, ...rest } = c.fields as MemberFields & { position?: string | null };
  const positions: MemberPosition[] | undefined = position ? [{ title: position }] : undefined;
  return { ...rest, ...(positions ? { positions } : {}) };
}

/** The fields of an import row that differ from what the register holds (empty fields never erase data). */
function changes(existing: Member, f: MemberFields): Partial<MemberFields> {
  const out: Record<string, unknown> = {};
  for (const k of COLUMN_FIELDS) {
    const v = f[k];
    if (v === undefined || v === null || v === '') continue;
    if (existing[k] !== v) out[k] = v;
  }
  if (f.unit && foldVi(f.unit) !== foldVi(existing.unit ?? '')) out.unit = f.unit;
  if (f.tags?.length) {
    // Tags in a file add to the member's own: a sheet listing "Nữ công" does not take "CLB bóng đá" away.
    const merged = cleanTags([...existing.tags, ...f.tags]).slice(0, MAX_TAGS);
    if (merged.length !== existing.tags.length) out.tags = merged;
  }
  if (f.positions?.length) {
    const now = existing.positions.filter((p) => !p.to).map((p) => foldVi(p.title));
    if (!f.positions.every((p) => now.includes(foldVi(p.title))))
      out.positions = [...existing.positions.filter((p) => p.to), ...f.positions];
  }
  return out as Partial<MemberFields>;
}

async function existingKeys(db: Knex) {
  const rows = (await db('members')
    .whereNull('deleted_at')
    .select('id', 'id_number', 'card_number', 'member_code')) as Record<string, string | null>[];
  const by = (k: string) => new Map(rows.filter((r) => r[k]).map((r) => [r[k] as string, r.id as string]));
  return { idNumber: by('id_number'), cardNumber: by('card_number'), memberCode: by('member_code') };
}

/** `beforeCommit`: last step of the import's transaction (the job's checkpoint commits with the rows). */
export async function applyImport(
  s: Session,
  parsed: ParsedFile,
  { dryRun, skipFlagged = false }: { dryRun: boolean; skipFlagged?: boolean },
  progress: (done: number, total: number) => void,
  beforeCommit?: (trx: Knex.Transaction, report: ImportReport) => Promise<void>,
): Promise<ImportReport> {
  const keys = await existingKeys(s.db);
  const matchOf = (f: MemberFields) =>
    (f.idNumber && keys.idNumber.get(f.idNumber)) ||
    (f.cardNumber && keys.cardNumber.get(f.cardNumber)) ||
    (f.memberCode && keys.memberCode.get(f.memberCode)) ||
    null;
  // Rows with a flagged field import with that field empty, unless the user chose to leave them out.
  const candidates = skipFlagged ? parsed.candidates.filter((c) => !c.flags?.length) : parsed.candidates;
  const fields = candidates.map(toFields);
  const matched = fields.map(matchOf);
  const existing = new Map(
    (await readMembers(s.db, [...new Set(matched.filter((x): x is string => Boolean(x)))])).map((m) => [m.id, m]),
  );
  const report: ImportReport = {
    imported: 0,
    updated: 0,
    unchanged: 0,
    rejected: parsed.rejected,
    converted: candidates.filter((c) => c.converted).map((c) => ({ row: c.row, from: c.converted! })),
    dryRun,
    headerRow: parsed.headerRow,
    mapping: parsed.mapping,
    headers: parsed.headers,
    unmapped: parsed.unmapped,
    ambiguous: parsed.ambiguous,
    samples: parsed.samples,
    flagged: parsed.flagged,
    skipped: parsed.candidates.length - candidates.length,
  };
  const consentDefault = await emailConsentDefault(s.db);
  const run = async (trx: Knex.Transaction | null) => {
    const unitCache = new Map<string, string>();
    const batch = new BatchInserter(s.record);
    try {
      for (let i = 0; i < candidates.length; i++) {
        const f = fields[i];
        const id = matched[i];
        const current = id ? existing.get(id) : undefined;
        if (current) {
          const diff = changes(current, f);
          if (Object.keys(diff).length === 0) report.unchanged++;
          else {
            report.updated++;
            if (trx) await patchMember(trx, s.record, current, diff, { unitCache, consentDefault });
          }
        } else {
          report.imported++;
          if (trx) {
            const unitId = (f.unit && unitCache.get(f.unit)) || (await unitIdByName(trx, s.record, f.unit, unitCache));
            queueMember(batch, f, unitId, consentDefault);
          }
        }
        // Handed to SQLite in chunks as we go: it writes one chunk while we prepare the next.
        if (trx && batch.pending >= FLUSH_EVERY) await batch.flush(trx);
        if (i % 250 === 0) progress(i, candidates.length);
      }
    } catch (err) {
      await batch.abandon();
      throw err;
    }
    if (trx) await batch.finish(trx);
  };
  if (dryRun) await run(null);
  else
    await withLateCheckpoint(s.db, () =>
      s.db.transaction(async (trx) => {
        await run(trx);
        await audit(trx, s.record, 'members.import', undefined, {
          imported: report.imported,
          updated: report.updated,
          rejected: report.rejected.length,
          flagged: report.flagged.length,
          skipped: report.skipped,
        });
        await beforeCommit?.(trx, report);
      }),
    );
  return report;
}
