/**
 * The parts a pack job has rendered, in a local table keyed by the job's id (migration 009). A pack for a
 * conference of hundreds renders for a while; if the app closes meanwhile, the resumed job keeps the parts already
 * rendered instead of starting over. They are stored rather than re-rendered because rendering is the whole cost
 * of the job, and stored rather than put in the checkpoint because the checkpoint is one JSON value rewritten at
 * every step (megabytes of PDF each time). The rows go when the job ends, or at the next pack if it never did.
 */
import type { Knex } from 'knex';
import { insertRecord, type RecordContext } from '../../db/records';
import type { RenderedPart, ZipEntry } from './parts';

type Row = Record<string, unknown>;
const TABLE = 'meeting_pack_parts';

export interface StoredPart extends RenderedPart {
  title: string;
}

export async function storedParts(db: Knex, jobId: string): Promise<Map<number, StoredPart>> {
  const rows = (await db(TABLE).where({ job_id: jobId }).whereNull('deleted_at').orderBy('position')) as Row[];
  return new Map(
    rows.map((r) => [
      Number(r.position),
      {
        title: String(r.title),
        pdf: (r.pdf as Buffer | null) ?? null,
        pages: Number(r.pages),
        zip: JSON.parse(String(r.zip_files)) as ZipEntry[],
      },
    ]),
  );
}

export async function savePart(
  trx: Knex.Transaction,
  rec: RecordContext,
  jobId: string,
  position: number,
  title: string,
  part: RenderedPart,
): Promise<void> {
  await trx(TABLE).where({ job_id: jobId, position }).del(); // a part of another plan at this place (see make.ts)
  await insertRecord(trx, rec, TABLE, {
    job_id: jobId,
    position,
    title,
    pdf: part.pdf,
    pages: part.pages,
    zip_files: JSON.stringify(part.zip),
  });
}

/**
 * This job's parts, and those of jobs that ended without clearing theirs (the vault locked mid-job). A local
 * scratch table: rows are deleted, not tombstoned, since nothing syncs or audits them.
 */
export async function clearParts(db: Knex, jobId: string): Promise<void> {
  await db(TABLE)
    .where({ job_id: jobId })
    .orWhereIn('job_id', db('jobs').whereNotIn('state', ['queued', 'running']).select('id'))
    .del();
}
